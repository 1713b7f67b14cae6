import { defineConfig } from 'vite';

// The app is built into the web project's wwwroot/, which the server serves at /.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../wwwroot',
    // Stable file names, and old files left in place: MSBuild lists wwwroot/ when it loads the
    // project, before this build runs, and fails on a listed file that has since disappeared.
    emptyOutDir: false,
    sourcemap: false,
    rollupOptions: {
      output: {
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
    // The map and network libraries are large; they load on demand, so only warn past 1 MB.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // `npm run dev` talks to a running `entente serve` on its default address.
    proxy: { '/api': 'http://127.0.0.1:5080', '/health': 'http://127.0.0.1:5080' },
  },
});

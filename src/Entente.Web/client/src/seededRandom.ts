// Random numbers that repeat: the network's layout library draws on Math.random and takes no seed,
// so a layout run is given a generator seeded from what it lays out, and the same graph is always
// drawn the same way (a link someone shares shows them the picture the sender saw).

/** A 32-bit FNV-1a hash of the text's UTF-16 code units. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Numbers in [0, 1) from Marsaglia's xorshift32, the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  // xorshift never leaves zero, so a zero seed (a possible hash) takes another fixed start.
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

/**
 * Runs a synchronous piece of work with Math.random drawing from the seed, and restores it after,
 * even when the work throws. Nothing else can run in between (the work does not await), so no
 * other code sees the seeded numbers.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = random;
  }
}

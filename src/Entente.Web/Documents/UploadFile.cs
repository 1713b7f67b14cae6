using Entente.Extraction.Documents;

namespace Entente.Web.Documents;

/// <summary>
/// Hands an upload to the ingest's <see cref="DocumentReader"/>, which reads files: the bytes go
/// into a private temporary file named so the reader sees the right format, and the file is
/// deleted after. The reader then applies every check it applies to files (size, binary, encoding).
/// </summary>
internal static class UploadFile
{
    public static ReadResult Read(DocumentUpload upload, DocumentReader reader)
    {
        var folder = Directory.CreateTempSubdirectory("entente-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, "document" + Extension(upload));
            File.WriteAllBytes(path, upload.Content);
            return reader.Read(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The upload's own extension when it is one the reader knows, else one for its media type.</summary>
    private static string Extension(DocumentUpload upload)
    {
        var own = Path.GetExtension(upload.FileName ?? "").ToLowerInvariant();
        if (own is ".txt" or ".text" or ".md" or ".markdown" or ".html" or ".htm" or ".xhtml")
            return own;
        return upload.MediaType switch
        {
            "text/html" or "application/xhtml+xml" => ".html",
            "text/markdown" => ".md",
            "text/plain" => ".txt",
            _ => ".document", // the reader sniffs the format from the text
        };
    }
}

using Entente.Web.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace Entente.Web.Documents;

/// <summary>
/// A document sent to POST /api/documents: the raw bytes (the reader decides the encoding), the
/// media type the client named, and the file name of an upload.
/// </summary>
public sealed record DocumentUpload(byte[] Content, string MediaType, string? FileName)
{
    /// <summary>The largest document accepted; the request may be a little larger (multipart framing).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly string[] TextTypes = ["text/plain", "text/html", "application/xhtml+xml", "text/markdown"];

    public static async Task<DocumentUpload> Read(HttpRequest request, CancellationToken cancel)
    {
        try
        {
            if (request.HasFormContentType)
                return await ReadForm(request, cancel);
            var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value?.ToLowerInvariant();
            if (mediaType is null || !TextTypes.Contains(mediaType))
                throw UnsupportedType(mediaType);
            if (request.ContentLength > MaxBytes)
                throw TooLarge();
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancel);
            return Checked(new DocumentUpload(buffer.ToArray(), mediaType, null));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        catch (InvalidDataException e)
        {
            throw ApiProblem.BadRequest($"The multipart upload could not be read ({e.Message.TrimEnd('.')}). Send the document as a form field named 'file'.");
        }
    }

    private static async Task<DocumentUpload> ReadForm(HttpRequest request, CancellationToken cancel)
    {
        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBytes, ValueCountLimit = 16 }, cancel);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
            ?? throw ApiProblem.BadRequest("The upload holds no file. Send the document as a form field named 'file' (curl -F file=@article.html).");
        if (file.Length > MaxBytes)
            throw TooLarge();
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        var mediaType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType.ToLowerInvariant();
        return Checked(new DocumentUpload(buffer.ToArray(), mediaType, Path.GetFileName(file.FileName)));
    }

    private static DocumentUpload Checked(DocumentUpload upload) =>
        upload.Content.Length == 0 ? throw ApiProblem.BadRequest("The document is empty; send its text or HTML as the body.")
        : upload.Content.Length > MaxBytes ? throw TooLarge()
        : upload;

    private static ApiProblem TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "Document too large", $"Documents may be at most {MaxBytes / (1024 * 1024)} MB; split the document or send only its article text.");

    private static ApiProblem UnsupportedType(string? mediaType) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported document type",
            $"Content-Type {mediaType ?? "(none)"} is not a document type this server reads; send text/plain, text/html, or a multipart/form-data upload with a field named 'file'.");
}

using System.Text;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Tests.Documents;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("entente-reader-").FullName;
    private readonly DocumentReader reader = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8")]
    public void Text_with_a_byte_order_mark_is_decoded_by_it(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var path = Write("bom.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Tehran and Damascus — allies until 2024.")]);
        var read = Assert.IsType<ReadResult.Read>(reader.Read(path));
        Assert.Equal("Tehran and Damascus — allies until 2024.", read.Text);
        Assert.Equal(encodingName, read.EncodingName);
    }

    [Fact]
    public void Latin1_bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        var path = Write("latin1.txt", Encoding.Latin1.GetBytes("Le président iranien a rencontré ses alliés."));
        var read = Assert.IsType<ReadResult.Read>(reader.Read(path));
        Assert.Equal("Le président iranien a rencontré ses alliés.", read.Text);
        Assert.Equal("windows-1252", read.EncodingName);
    }

    [Fact]
    public void Utf16_without_a_mark_is_recognised_by_its_zero_bytes()
    {
        var path = Write("nomark.txt", Encoding.Unicode.GetBytes("Iran backs Hezbollah with weapons and money."));
        Assert.Equal("Iran backs Hezbollah with weapons and money.", Assert.IsType<ReadResult.Read>(reader.Read(path)).Text);
    }

    [Fact]
    public void The_format_follows_the_extension_and_a_saved_page_in_a_txt_file_is_html()
    {
        Assert.Equal(DocumentFormat.Markdown, ReadText("a.md", "# Title\n\nText.").Format);
        Assert.Equal(DocumentFormat.Html, ReadText("b.htm", "<p>Text.</p>").Format);
        Assert.Equal(DocumentFormat.Html, ReadText("c.txt", "<!DOCTYPE html><html><body><p>Text.</p></body></html>").Format);
        Assert.Equal(DocumentFormat.PlainText, ReadText("d.txt", "Text with a pasted <table><tr><td>cell</td></tr></table>.").Format);
    }

    [Fact]
    public void Binary_files_are_skipped_with_what_they_are()
    {
        var pdf = Skipped(Write("report.txt", [.. "%PDF-1.7\n"u8.ToArray(), 0, 1, 2, 3]));
        Assert.Equal(SkipReason.Binary, pdf.Reason);
        Assert.Contains("PDF document", pdf.Message);

        var noise = Skipped(Write("noise.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 32))]));
        Assert.Equal(SkipReason.Binary, noise.Reason);
        Assert.StartsWith("looks binary", noise.Message);
    }

    [Fact]
    public void A_few_stray_nul_bytes_do_not_make_a_text_file_binary()
    {
        var text = string.Concat(Enumerable.Repeat("Iran backs Hezbollah. ", 50)) + "\0" + " The end.";
        Assert.IsType<ReadResult.Read>(reader.Read(Write("damaged.txt", Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Empty_whitespace_missing_and_directory_paths_are_skipped_with_their_reason()
    {
        Assert.Equal((SkipReason.Empty, "is empty"), Reason(Write("empty.txt", [])));
        Assert.Equal((SkipReason.Empty, "holds only whitespace"), Reason(Write("blank.txt", "  \n\t\n"u8.ToArray())));
        Assert.Equal((SkipReason.Missing, "does not exist"), Reason(Path.Combine(folder, "nope.txt")));
        Assert.Equal((SkipReason.Directory, "is a directory, not a file"), Reason(folder));
    }

    [Fact]
    public void A_file_over_the_limit_is_skipped_unread_and_the_message_names_size_and_limit()
    {
        var small = new DocumentReader(new ReaderOptions { MaxBytes = 1024 });
        var skipped = Assert.IsType<ReadResult.Skipped>(small.Read(Write("big.txt", new byte[2048])));
        Assert.Equal(SkipReason.TooLarge, skipped.Reason);
        Assert.Equal("is 2 KB (2,048 bytes), over the limit of 1 KB (1,024 bytes)", skipped.Message);
        Assert.Equal($"{skipped.Path}: skipped, {skipped.Message}", skipped.ToString());
    }

    [Fact]
    public void A_file_that_reports_no_length_is_read_whole_and_still_held_to_the_limit()
    {
        // Linux's /proc files report a length of 0 and deliver more: the reader grows its buffer.
        if (!OperatingSystem.IsLinux())
            return;
        var read = Assert.IsType<ReadResult.Read>(reader.Read("/proc/self/status"));
        Assert.StartsWith("Name:", read.Text, StringComparison.Ordinal);
        Assert.Contains("\nPid:", read.Text, StringComparison.Ordinal);
        var small = new DocumentReader(new ReaderOptions { MaxBytes = 16 });
        Assert.Equal(SkipReason.TooLarge, Assert.IsType<ReadResult.Skipped>(small.Read("/proc/self/status")).Reason);
    }

    private ReadResult.Read ReadText(string name, string text) =>
        Assert.IsType<ReadResult.Read>(reader.Read(Write(name, Encoding.UTF8.GetBytes(text))));

    private ReadResult.Skipped Skipped(string path) => Assert.IsType<ReadResult.Skipped>(reader.Read(path));

    private (SkipReason, string) Reason(string path) => Skipped(path) is var s ? (s.Reason, s.Message) : default;

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

using Entente.Formats.Interchange.Import;
using Entente.Formats.Interchange.Import.Csv;

namespace Entente.Formats.Tests.Interchange.Import;

public sealed class CsvRecordReaderTests
{
    private static CsvRecordReader Reader(string text) => new(new StringReader(text), "test.csv");

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        using var csv = Reader("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row\n");

        Assert.True(csv.Read());
        Assert.Equal(4, csv.FieldCount);
        Assert.Equal("a", csv.GetString(0));
        Assert.Equal("b, c", csv.GetString(1));
        Assert.Equal("say \"hi\"", csv.GetString(2));
        Assert.Equal("two\nlines", csv.GetString(3));
        Assert.True(csv.Read());
        Assert.Equal(3, csv.Line);
        Assert.Equal("row", csv.GetString(1));
        Assert.False(csv.Read());
    }

    [Fact]
    public void Empty_fields_and_a_trailing_comma_count()
    {
        using var csv = Reader("1,,3,\n");
        Assert.True(csv.Read());
        Assert.Equal(4, csv.FieldCount);
        Assert.Equal("", csv.GetString(1));
        Assert.Equal("", csv.GetString(3));
    }

    [Fact]
    public void A_bad_number_is_reported_with_its_line_and_column()
    {
        using var csv = Reader("x,y\n12,4x\n");
        csv.Read();
        csv.Read();

        var error = Assert.Throws<MalformedRowException>(() => csv.Int(1, "ccode2"));
        Assert.Equal(2, error.Problem.Line);
        Assert.Equal(4, error.Problem.Column);
        Assert.Contains("ccode2 must be a whole number, found '4x'", error.Message);
    }

    [Fact]
    public void A_quote_never_closed_is_reported_where_it_opened()
    {
        using var csv = Reader("a,b\n1,\"open\n2,3\n");
        csv.Read();

        var error = Assert.Throws<MalformedRowException>(() => csv.Read());
        Assert.Equal((2, 3), (error.Problem.Line, error.Problem.Column));
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_malformed()
    {
        using var csv = Reader("\"ab\"c,d\n");
        var error = Assert.Throws<MalformedRowException>(() => csv.Read());
        Assert.Equal((1, 5), (error.Problem.Line, error.Problem.Column));
    }
}

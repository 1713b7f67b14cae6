using Entente.Formats.Interchange.Export;
using Entente.Formats.Interchange.Own;

namespace Entente.Formats.Tests.Interchange;

public sealed class KnowledgeCsvTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Fields_with_commas_quotes_line_breaks_and_formula_signs_are_kept_exactly()
    {
        var knowledge = ExportFixtures.WithDocument();
        var odd = knowledge.Claims[0] with { Note = "=SUM(A1), \"quoted\"\r\nnext line", Quote = " padded " };
        KnowledgeExport.WriteFolder(ExportSet.Build(knowledge with { Claims = [odd] }, ExportFixtures.AsOf), _folder);

        var claim = Assert.Single(KnowledgeCsv.Read(_folder).Claims);
        Assert.Equal(odd.Note, claim.Note);
        Assert.Equal(" padded ", claim.Quote);
        Assert.Equal(ClaimKey.Of(odd), ClaimKey.Of(claim));
        var text = File.ReadAllText(Path.Combine(_folder, KnowledgeColumns.ClaimsFile));
        Assert.Contains("\"=SUM(A1), \"\"quoted\"\"\r\nnext line\"", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_with_the_separator_survive_the_names_cell()
    {
        var actor = new Actor("x", ActorKind.PoliticalMovement, "X") { Names = [new ActorName(@"A|B\C", NameKind.Alias, "en"), new ActorName("D", NameKind.Acronym)] };
        Assert.Equal(actor.Names, NamesCell.Read(NamesCell.Write(actor.Names)));
    }

    [Fact]
    public void A_bad_value_is_reported_with_file_line_column_and_nothing_is_returned()
    {
        File.WriteAllText(Path.Combine(_folder, "claims.csv"),
            "subject,object,relation,source\r\niran,hezbollah,proxy,s1\r\niran,\"houthis\",allyy,s1\r\n");

        var error = Assert.Throws<KnowledgeReadException>(() => KnowledgeCsv.Read(_folder));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("claims.csv", 3, 16, "relation"), (problem.File, problem.Line!.Value, problem.Column!.Value, problem.Field));
        Assert.Contains("'allyy' is not a known relation type", problem.Message, StringComparison.Ordinal);
        Assert.Contains("claims.csv line 3, column 16 (relation)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_field_with_a_line_break_still_counts_lines_for_later_errors()
    {
        File.WriteAllText(Path.Combine(_folder, "actors.csv"), "id,kind,name,description\n" + "a,state,A,\"two\nlines\"\n" + "b,stat,B,\n");

        var problem = Assert.Single(Assert.Throws<KnowledgeReadException>(() => KnowledgeCsv.Read(_folder)).Problems);

        Assert.Equal((4, 3, "kind"), (problem.Line!.Value, problem.Column!.Value, problem.Field));
    }

    [Theory]
    [InlineData("id,kind,name\na,state,\"A\nb,state,B\n", 2, 9, "never closed")]
    [InlineData("id,kind,name\na,state,\"A\"x\n", 2, 12, "after the closing quote")]
    [InlineData("id,kind,name\na,sta\"te,A\n", 2, 6, "quote inside an unquoted field")]
    [InlineData("id,kind,name\na,state\n", 2, 1, "2 fields where the header has 3")]
    [InlineData("id,name\na,A\n", 1, 1, "lacks the column(s) kind")]
    [InlineData("id,kind,name\na,state,A\na,state,B\n", 3, 1, "appears more than once")]
    public void Malformed_files_are_refused_with_where_and_what(string actorsCsv, int line, int? column, string message)
    {
        File.WriteAllText(Path.Combine(_folder, "actors.csv"), actorsCsv);

        var problem = Assert.Single(Assert.Throws<KnowledgeReadException>(() => KnowledgeCsv.Read(_folder)).Problems);

        Assert.Equal("actors.csv", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_our_files_is_refused()
    {
        var error = Assert.Throws<KnowledgeReadException>(() => KnowledgeCsv.Read(_folder));
        Assert.Contains("holds none of actors.csv, sources.csv, claims.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order()
    {
        File.WriteAllText(Path.Combine(_folder, "sources.csv"), "reliability,publisher,title,id,extra\nB2,Pub,T,s1,ignored\n");
        var source = Assert.Single(KnowledgeCsv.Read(_folder).Sources);
        Assert.Equal(new Source("s1", "T", "Pub", Reliability.Parse("B2")), source);
    }
}

using System.Text;
using Entente.Formats.Interchange.Own;

namespace Entente.Formats.Tests.Interchange;

/// <summary>Reading our own exports with bad records left out (what `entente import --on-error skip` uses).</summary>
public sealed class SkippingBadRecordsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-skip-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Actors = "id,kind,name\niran,state,Iran\natlantis,continent,Atlantis\nhezbollah,non_state_armed_group,Hezbollah\n";
    private const string Sources = "id,title,publisher,reliability\ns1,T,P,B2\n";
    private const string Claims = "subject,object,source,relation\niran,hezbollah,s1,proxy\niran,atlantis,s1,ally\niran,hezbollah,s1,best_friends\n";

    [Fact]
    public void Csv_keeps_the_good_rows_and_says_where_each_bad_one_was()
    {
        Write(Actors, Sources, Claims);

        var read = KnowledgeCsv.ReadSkippingBadRows(_folder);

        Assert.Equal(["iran", "hezbollah"], read.Batch.Actors.Select(a => a.Id));
        Assert.Equal(RelationType.Proxy, Assert.Single(read.Batch.Claims).Relation);
        Assert.Equal(
            [("actors.csv", 3, 10, false), ("claims.csv", 3, 6, true), ("claims.csv", 4, 19, false)],
            read.LeftOut.Select(p => (p.File, p.Line!.Value, p.Column!.Value, p.FollowsFromAnother)));
        Assert.Contains("whose record was left out", read.LeftOut[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_all_or_nothing_lists_only_the_bad_rows_not_the_claims_that_cite_them()
    {
        Write(Actors, Sources, Claims);

        var error = Assert.Throws<KnowledgeReadException>(() => KnowledgeCsv.Read(_folder));

        Assert.Equal([3, 4], error.Problems.Select(p => p.Line!.Value));
        Assert.DoesNotContain(error.Problems, p => p.FollowsFromAnother);
    }

    [Fact]
    public void A_repeated_actor_leaves_out_the_repeat_but_keeps_claims_citing_the_first()
    {
        Write("id,kind,name\niran,state,Iran\nhezbollah,non_state_armed_group,Hezbollah\niran,state,Persia\n", Sources, "subject,object,source\niran,hezbollah,s1\n");

        var read = KnowledgeCsv.ReadSkippingBadRows(_folder);

        Assert.Equal("Iran", read.Batch.Actors.Single(a => a.Id == "iran").Name);
        Assert.Single(read.Batch.Claims);
        var problem = Assert.Single(read.LeftOut);
        Assert.Equal((4, "actor 'iran' appears more than once (also at line 2)"), (problem.Line!.Value, problem.Message));
    }

    [Fact]
    public void A_file_that_cannot_be_read_at_all_still_stops_the_read()
    {
        Write(Actors, "id,title\ns1,T\n", Claims);

        var problem = Assert.Single(Assert.Throws<KnowledgeReadException>(() => KnowledgeCsv.ReadSkippingBadRows(_folder)).Problems);

        Assert.Contains("lacks the column(s) publisher, reliability", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_bad_values_are_placed_at_the_line_and_column_where_their_element_starts()
    {
        var json = "{\n  \"actors\": [\n    {\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\"},\n    {\"id\": \"b\", \"kind\": \"planet\", \"name\": \"B\"}\n  ]\n}\n";

        var read = KnowledgeJson.ReadSkippingBadRecords(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("a", Assert.Single(read.Batch.Actors).Id);
        var problem = Assert.Single(read.LeftOut);
        Assert.Equal((4, 5, "actors[1].kind"), (problem.Line!.Value, problem.Column!.Value, problem.Field));
    }

    [Fact]
    public void Json_documents_with_their_text_are_read_and_those_without_are_passed_over()
    {
        const string json = """
            {"sources": [{"id": "doc-1", "title": "T", "publisher": "P", "reliability": "B2", "contentHash": "h1"},
                         {"id": "doc-2", "title": "U", "publisher": "P", "reliability": "B2", "contentHash": "h2"}],
             "documents": [{"contentHash": "h1", "source": "doc-1", "title": null, "url": null, "published": "2025-03",
                            "path": "a.txt", "extractor": "x/1", "text": "Iran arms Hezbollah."},
                           {"contentHash": "h2", "source": "doc-2", "title": "U", "url": null, "published": null}]}
            """;

        var batch = KnowledgeJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var document = Assert.Single(batch.Documents);
        Assert.Equal(new Document("h1", "doc-1", "Iran arms Hezbollah.") { Path = "a.txt", Published = PartialDate.Parse("2025-03"), Extractor = "x/1" }, document);
    }

    private void Write(string actors, string sources, string claims)
    {
        File.WriteAllText(Path.Combine(_folder, "actors.csv"), actors);
        File.WriteAllText(Path.Combine(_folder, "sources.csv"), sources);
        File.WriteAllText(Path.Combine(_folder, "claims.csv"), claims);
    }
}

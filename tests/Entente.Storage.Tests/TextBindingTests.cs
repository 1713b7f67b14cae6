using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entente.Storage.Tests;

/// <summary>Text bound from the thread's buffer reads back as raw.sqlite3_bind_text(string) stored it.</summary>
public sealed class TextBindingTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Iran")]
    [InlineData("Türkiye – 😀")]
    [InlineData("Head\0line")]
    [InlineData("lone \uD800 surrogate")]
    public void A_bound_string_reads_back_as_the_string_binding_gives_it(string value)
    {
        Assert.Equal(BoundByString(value), Bound(value));
    }

    [Fact]
    public void Null_binds_null_and_a_text_past_the_kept_buffer_binds_whole()
    {
        Assert.Equal((raw.SQLITE_NULL, ""), Bound(null));
        var large = new string('x', 3 << 20) + "é";
        Assert.Equal(BoundByString(large), Bound(large));
        // The short text after it is bound from a buffer that held the large one: only its own bytes count.
        Assert.Equal(BoundByString("ab"), Bound("ab"));
    }

    private static (int Type, string Hex) Bound(string? value) => Run(statement => TextBinding.Bind(statement, 1, value));

    private static (int Type, string Hex) BoundByString(string value) => Run(statement => raw.sqlite3_bind_text(statement, 1, value));

    /// <summary>The type and the stored bytes (in hex, so a NUL or a replaced surrogate shows) of what was bound.</summary>
    private static (int Type, string Hex) Run(Action<sqlite3_stmt> bind)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(connection.Handle, "SELECT typeof($p) = 'null', hex($p)", out var statement));
        using (statement)
        {
            bind(statement);
            Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
            var type = raw.sqlite3_column_int(statement, 0) == 1 ? raw.SQLITE_NULL : raw.SQLITE_TEXT;
            return (type, raw.sqlite3_column_text(statement, 1).utf8_to_string());
        }
    }
}

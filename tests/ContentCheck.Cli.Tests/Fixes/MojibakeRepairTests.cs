using ContentCheck.Cli.Fixes;

namespace ContentCheck.Cli.Tests.Fixes;

public sealed class MojibakeRepairTests
{
    [Theory]
    [InlineData("â€œnoâ€\u009d", "“no”", 2)]
    [InlineData("it’s â€” cafÃ© â€¦", "it’s — café …", 3)]
    [InlineData("Ã\u00A0la", "àla", 1)] // à is C3 A0: the second byte reads as a no-break space
    public void Utf8_read_as_windows_1252_is_restored(string broken, string expected, int count) =>
        Assert.Equal((expected, count), MojibakeRepair.Repair(broken));

    [Theory]
    [InlineData("Łódź, café, naïve, Straße")]
    [InlineData("Â alone, Ã at the end: Ã")]
    public void Ordinary_text_is_untouched(string text) =>
        Assert.Equal((text, 0), MojibakeRepair.Repair(text));
}

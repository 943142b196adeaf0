using ContentCheck.Cli.Fixes;

namespace ContentCheck.Cli.Tests.Fixes;

public sealed class DateNormalizerTests
{
    [Theory]
    [InlineData("18 March 2008", "2008-03-18")]
    [InlineData("March 18, 2008", "2008-03-18")]
    [InlineData("Tuesday, 18th March 2008", "2008-03-18")]
    [InlineData("Tue 18 Mar 2008", "2008-03-18")]
    [InlineData("Mar. 18, 2008", "2008-03-18")]
    [InlineData("2008/3/18", "2008-03-18")]
    [InlineData("2008.03.18", "2008-03-18")]
    [InlineData("20080318", "2008-03-18")]
    public void Unambiguous_forms_become_iso(string written, string expected) =>
        Assert.Equal(expected, DateNormalizer.TryNormalize(written));

    [Theory]
    [InlineData("03/04/2008")] // 3 April or March 4
    [InlineData("18/03/2008")] // numeric day-first: not touched, whatever the numbers
    [InlineData("Monday, 18 March 2008")] // the weekday disagrees: which one is wrong is for a person to say
    [InlineData("2008-03-18")] // already ISO
    [InlineData("2008-13-45")]
    [InlineData("soon")]
    public void Ambiguous_valid_or_meaningless_values_are_left_alone(string written) =>
        Assert.Null(DateNormalizer.TryNormalize(written));
}

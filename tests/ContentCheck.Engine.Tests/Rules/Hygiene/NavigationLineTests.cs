using ContentCheck.Rules.Hygiene.Leftovers;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

/// <summary>Menus and breadcrumbs, including the lines a shortcut could get wrong: section names matched without
/// regard to case after their first word, and trails that start with a separator.</summary>
public class NavigationLineTests
{
    [Theory]
    [InlineData("Americas Africa Europe Middle East South Asia Asia Pacific")]
    [InlineData("Home News Sport Sign in Register")]
    [InlineData("News World Middle east Business")]
    [InlineData("Home | News | Contact us")]
    [InlineData("Science & environment Health Education")]
    [InlineData("Have your say Most popular In depth")]
    public void Lines_of_section_names_are_menus(string line) => Assert.True(NavigationLine.IsMenu(line));

    [Theory]
    [InlineData("Talks in Moscow ended without agreement")]
    [InlineData("News of the talks reached Warsaw")]
    [InlineData("Home sweet home")]
    [InlineData("2008 Europe Asia")]
    [InlineData("News Sport")]
    public void Prose_and_short_lists_are_not_menus(string line) => Assert.False(NavigationLine.IsMenu(line));

    [Theory]
    [InlineData("Home News Analysis: Russia-U.S. talks")]
    [InlineData("Home > World > Europe")]
    [InlineData("» Home » Minister quits")]
    [InlineData("› Home › Minister resigns over expenses")]
    [InlineData("| Home | Story about things")]
    [InlineData("You are here: World")]
    public void Trails_are_breadcrumbs(string line) => Assert.True(NavigationLine.IsBreadcrumb(line));

    [Theory]
    [InlineData("Homes for sale in the area")]
    [InlineData("Homeland security bill passes")]
    [InlineData("Home secretary resigns")]
    public void Lines_that_only_start_like_home_are_not_breadcrumbs(string line) => Assert.False(NavigationLine.IsBreadcrumb(line));
}

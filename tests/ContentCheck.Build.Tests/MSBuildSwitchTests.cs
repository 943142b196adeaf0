namespace ContentCheck.Build.Tests;

/// <summary>MSBuild's warning switches act on CC warnings as they do on C# warnings — proven with real builds.</summary>
[Collection(RealBuilds.Name)]
public sealed class MSBuildSwitchTests : IDisposable
{
    private readonly WarnedContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Without_switches_both_are_warnings_and_the_build_succeeds()
    {
        var build = _content.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(["warning CC3002", "warning CC3004"], BuildAssert.Codes(build));
        Assert.Contains("content/articles/2008/03/18/warned.md(10,1,10,79): warning CC3002: ", build.Output);
        Assert.Contains("content/articles/2008/03/18/warned.md(8,1,8,16): warning CC3004: ", build.Output);
    }

    [Fact]
    public void NoWarn_drops_a_code()
    {
        var build = _content.Build("-p:NoWarn=CC3002");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(["warning CC3004"], BuildAssert.Codes(build));
    }

    [Fact]
    public void WarningsAsErrors_promotes_a_code_and_fails_the_build()
    {
        var build = _content.Build("-p:WarningsAsErrors=CC3002");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(["error CC3002", "warning CC3004"], BuildAssert.Codes(build));
    }

    [Fact]
    public void TreatWarningsAsErrors_promotes_all_and_WarningsNotAsErrors_exempts_one()
    {
        var all = _content.Build("-p:TreatWarningsAsErrors=true");
        var exempt = _content.Build("-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=CC3004");

        Assert.NotEqual(0, all.ExitCode);
        Assert.Equal(["error CC3002", "error CC3004"], BuildAssert.Codes(all));
        Assert.NotEqual(0, exempt.ExitCode);
        Assert.Equal(["error CC3002", "warning CC3004"], BuildAssert.Codes(exempt));
    }

    [Fact]
    public void Warnaserror_promotes_all_or_the_codes_it_names()
    {
        var all = _content.Build("-warnaserror");
        var one = _content.Build("-warnaserror:CC3002");

        Assert.NotEqual(0, all.ExitCode);
        Assert.Equal(["error CC3002", "error CC3004"], BuildAssert.Codes(all));
        Assert.NotEqual(0, one.ExitCode);
        Assert.Equal(["error CC3002", "warning CC3004"], BuildAssert.Codes(one));
    }
}

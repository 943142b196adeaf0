using ContentCheck.Project;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Infrastructure;

/// <summary>Content projects for rule tests: registries written once to a temporary folder.</summary>
public static class TestProjects
{
    /// <summary>The registries every rule test may rely on.</summary>
    public const string SourcesYml = """
        - id: bbc-news
          name: BBC News
          homepage: https://www.bbc.co.uk/news
          license: proprietary
          agency: false
          domains: [bbc.co.uk, bbc.com]
          founded: 1922-11-14
          language: en
        - id: xinhua
          name: Xinhua News Agency
          homepage: https://english.news.cn/
          license: proprietary
          agency: true
          domains: [xinhuanet.com, news.cn]
          founded: 1931-11-07
          language: en
        - id: wire-service
          name: A Wire Service
          homepage: https://wire.example/
          license: CC-BY-4.0
          agency: true
          unsigned: true
        """;

    /// <summary>people.yml of the test project.</summary>
    public const string PeopleYml = """
        - id: sergey-lavrov
          name: Sergey Lavrov
          aliases: [Sergei Lavrov]
        - id: condoleezza-rice
          name: Condoleezza Rice
          aliases: []
        """;

    /// <summary>topics.yml of the test project.</summary>
    public const string TopicsYml = """
        - id: missile-defence
          title: Missile defence
        - id: diplomacy
          title: Diplomacy
        """;

    private static readonly Lazy<ContentProject> WithRegistriesLazy = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "contentcheck-tests", "registries-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "sources.yml"), SourcesYml);
        File.WriteAllText(Path.Combine(directory, "people.yml"), PeopleYml);
        File.WriteAllText(Path.Combine(directory, "topics.yml"), TopicsYml);
        return ContentProjectLoader.Load(directory);
    });

    private static readonly Lazy<ContentProject> WithoutRegistriesLazy = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "contentcheck-tests", "empty-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        return ContentProjectLoader.Load(directory);
    });

    /// <summary>A project with sources.yml, people.yml and topics.yml.</summary>
    public static ContentProject WithRegistries => WithRegistriesLazy.Value;

    /// <summary>A project with no registry files: every id is free text.</summary>
    public static ContentProject WithoutRegistries => WithoutRegistriesLazy.Value;

    /// <summary>The embedded content repo of this repository.</summary>
    public static ContentProject Embedded() => ContentProjectLoader.Load(RepositoryPaths.Content);
}

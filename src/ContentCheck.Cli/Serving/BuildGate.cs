namespace ContentCheck.Cli.Serving;

/// <summary>Open while no site is being swapped in. The generator replaces the output folder with two renames; a
/// request that misses during a rebuild waits for it and looks again, instead of showing a 404 for a page that is
/// there before and after.</summary>
internal sealed class BuildGate : IDisposable
{
    private readonly ManualResetEventSlim _idle = new(initialState: true);

    /// <summary>Closes the gate until the returned scope is disposed.</summary>
    public IDisposable Enter()
    {
        _idle.Reset();
        return new Scope(_idle);
    }

    /// <summary>Waits for a running build to finish; returns whether one was running.</summary>
    public bool WaitIfBuilding(TimeSpan timeout)
    {
        if (_idle.IsSet)
        {
            return false;
        }
        _idle.Wait(timeout);
        return true;
    }

    public void Dispose() => _idle.Dispose();

    private sealed class Scope(ManualResetEventSlim idle) : IDisposable
    {
        public void Dispose() => idle.Set();
    }
}

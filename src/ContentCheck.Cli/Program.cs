using ContentCheck.Cli;

return CliApplication.Run(args, CliConsole.FromProcess());

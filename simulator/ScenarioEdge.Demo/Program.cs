return await ScenarioEdge.Demo.DemoHost.RunAsync(args);

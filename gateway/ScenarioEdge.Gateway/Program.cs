return await ScenarioEdge.Gateway.GatewayHost.RunAsync(args);

Console.Error.WriteLine("certbot-lab: under construction");
return 2;

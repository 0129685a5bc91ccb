Console.Error.WriteLine("certbot: under construction");
return 2;

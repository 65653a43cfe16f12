using System.Diagnostics;
using System.Globalization;
using Marrakesh.Bench;

// Usage: Marrakesh.Bench.DatasetsRead FILE → prints the milliseconds of one read in a fresh process (cold, as a CLI
// import is) and the cells seen. bench/DatasetsImport compares warm imports and reads within one process.
var watch = Stopwatch.StartNew();
var cells = Reading.Read(args[0]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.ElapsedMilliseconds} {cells}"));

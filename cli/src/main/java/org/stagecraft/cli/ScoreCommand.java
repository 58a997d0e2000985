package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft score}: scores transcripts and prints or writes their reports. A batch runs on
 * all cores, and a file that cannot be scored is listed with its error rather than ending the run.
 */
@Command(name = "score", description = {
    "Score transcripts (plain text, WebVTT, SRT or CSV) against a playbook.",
    "Directories are searched for .txt, .vtt, .srt and .csv files."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file was scored", "1:a file could not be scored",
        "2:the command line was wrong"})
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReaderOptions reader;
  @Mixin VerboseOption verbose;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Transcripts to score.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text, json or html (default: ${DEFAULT-VALUE}). "
          + "html needs --out.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write one report file per transcript here (and index.html for html).")
  @Nullable Path out;

  @Option(names = "--redact",
      description = "Leave what was said out of the reports (speakers, signals and scores stay).")
  boolean redact;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files scored at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (format == OutputFormat.HTML && out == null) {
      throw new ParameterException(spec.commandLine(),
          "--format html writes one file per transcript: add --out DIR");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(),
          "--out " + out + " exists and is not a directory");
    }
    ImmutableList<TranscriptFiles.Input> files = TranscriptFiles.expand(inputs);
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "no transcript files (.txt, .vtt, .srt, .csv) in " + inputs);
    }
    Analyzer analyzer = reader.analyzer(spec.commandLine());
    ImmutableList<BatchResult> results;
    try (Progress progress = Progress.forBatch(files.size())) {
      results = new BatchScorer(analyzer, threads).score(files, progress::step);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (out != null) {
      writeReports(results, out);
    } else if (format == OutputFormat.JSON) {
      printJson(results, stdout);
    } else {
      results.stream().filter(r -> r instanceof BatchResult.Scored)
          .forEach(r -> stdout.println(TextReport.render(((BatchResult.Scored) r).report())));
    }
    boolean failed = false;
    for (BatchResult result : results) {
      if (result instanceof BatchResult.Failed failure) {
        failed = true;
        stderr.println("stagecraft: " + failure.path() + ": " + failure.error());
        verbose.printStackTrace(failure.cause(), stderr);
      }
    }
    if (files.size() > 1 || out != null) {
      // The table is the run's summary for a person: on stdout with text, else beside the data.
      (format == OutputFormat.TEXT && out == null ? stdout : stderr)
          .print(SummaryTable.render(results));
    }
    stdout.flush();
    stderr.flush();
    return failed ? 1 : 0;
  }

  private void printJson(List<BatchResult> results, PrintWriter stdout) {
    List<JsonModel.Call> calls = new ArrayList<>();
    for (BatchResult result : results) {
      if (result instanceof BatchResult.Scored scored) {
        calls.add(JsonModel.call(scored.report(), UtteranceText.of(redact)));
      }
    }
    // One transcript given as a file: an object (or nothing if it failed); else an array.
    boolean single = inputs.size() == 1 && !Files.isDirectory(inputs.get(0));
    if (!single) {
      stdout.println(Json.pretty(calls));
    } else if (!calls.isEmpty()) {
      stdout.println(Json.pretty(calls.get(0)));
    }
  }

  private void writeReports(List<BatchResult> results, Path directory) throws IOException {
    Files.createDirectories(directory);
    ReportFiles names = new ReportFiles(format.extension());
    List<@Nullable String> hrefs = new ArrayList<>();
    for (BatchResult result : results) {
      if (result instanceof BatchResult.Scored scored) {
        String name = names.nameFor(result.path());
        Files.writeString(directory.resolve(name), render(scored.report()),
            StandardCharsets.UTF_8);
        hrefs.add(name);
      } else {
        hrefs.add(null);
      }
    }
    if (format == OutputFormat.HTML) {
      Files.writeString(directory.resolve("index.html"),
          HtmlReports.index(HtmlModel.index(results, hrefs)), StandardCharsets.UTF_8);
    }
  }

  private String render(CallReport report) {
    return switch (format) {
      case TEXT -> TextReport.render(report);
      case JSON -> Json.pretty(JsonModel.call(report, UtteranceText.of(redact)));
      case HTML -> HtmlReports.call(report, UtteranceText.of(redact));
    };
  }
}

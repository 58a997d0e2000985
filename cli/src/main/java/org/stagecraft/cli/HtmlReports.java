package org.stagecraft.cli;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the HTML report pages from the jte templates in {@code src/main/jte}, compiled into
 * this jar at build time. Each page is one self-contained file: inline CSS and SVG, no script, no
 * external resource.
 */
final class HtmlReports {
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
      null, ContentType.Html, HtmlReports.class.getClassLoader(), "org.stagecraft.cli");

  private HtmlReports() {}

  /** The report page of one call. */
  static String call(CallReport report, UtteranceText text) {
    return render("report.jte", HtmlModel.call(report, text));
  }

  /** The page ranking every call of a batch. */
  static String index(HtmlModel.Index index) {
    return render("index.jte", index);
  }

  private static String render(String template, Object model) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, model, out);
    return out.toString();
  }
}

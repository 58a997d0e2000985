package org.stagecraft.score;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A piecewise-linear map from a measure to a 0–100 value, flat beyond its first and last points.
 * Scorers state their thresholds as the points of a curve.
 */
final class Curve {
  private final double[] xs;
  private final double[] ys;

  private Curve(double[] xs, double[] ys) {
    this.xs = xs;
    this.ys = ys;
  }

  /** A curve through {@code (x0, y0), (x1, y1), …}, with x strictly increasing. */
  static Curve through(double... points) {
    checkArgument(points.length >= 4 && points.length % 2 == 0, "a curve needs 2+ points");
    double[] xs = new double[points.length / 2];
    double[] ys = new double[points.length / 2];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = points[2 * i];
      ys[i] = points[2 * i + 1];
      checkArgument(i == 0 || xs[i] > xs[i - 1], "curve x values must increase: %s", xs[i]);
    }
    return new Curve(xs, ys);
  }

  int at(double x) {
    if (x <= xs[0]) {
      return (int) Math.round(ys[0]);
    }
    for (int i = 1; i < xs.length; i++) {
      if (x <= xs[i]) {
        double t = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
        return (int) Math.round(ys[i - 1] + t * (ys[i] - ys[i - 1]));
      }
    }
    return (int) Math.round(ys[ys.length - 1]);
  }
}

package dev.podium.bench;

import dev.podium.model.Verbatim;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The verbatim-quote check on the text that costs a naive search most: an abstract of one repeated
 * letter and a long quote of the same letter that fails only at its last character. Time per check
 * should grow in step with the size, not with its square.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class QuoteCheckBenchmark {
  /** Characters in the abstract; the quote is a tenth of it. */
  @Param({"40000", "400000"})
  public int size;

  private String source;
  private String quote;

  @Setup
  public void setUp() {
    source = "a".repeat(size) + "b";
    quote = "a".repeat(size / 10) + "c";
  }

  @Benchmark
  public boolean repetitiveQuoteMisses() {
    return Verbatim.isSpanOf(quote, source);
  }
}

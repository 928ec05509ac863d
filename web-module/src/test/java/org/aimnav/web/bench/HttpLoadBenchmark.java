package org.aimnav.web.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.aimnav.web.AimNavigatorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A closed-loop HTTP load generator against the whole platform on the curated catalog: a number of
 * client threads each send one request after another for a fixed time, and the latencies go into
 * an HdrHistogram. The reference, measured in the same run, is the health endpoint of the same
 * server (the cost of HTTP, the security filters and the servlet stack with next to no work of its
 * own); every endpoint's throughput is printed as a ratio to it.
 *
 * <p>
 * Run: {@code ./mvnw -q -B -pl web-module -am -Pbench-http -DskipTests verify} (options after
 * {@code -Dbench.args=}: {@code threads seconds warmupSeconds}). Server and clients share the
 * machine's cores, as they would on a small host; the figures are for comparing, not for promising.
 */
public final class HttpLoadBenchmark {

	record Scenario(String name, String method, String path, String body) {
	}

	static final List<Scenario> SCENARIOS = List.of(
			new Scenario("health (reference)", "GET", "/actuator/health", null),
			new Scenario("static file", "GET", "/assets/css/aimnav.css", null),
			new Scenario("programs, first page + facets", "GET", "/api/v1/programs", null),
			new Scenario("programs, text + filter", "GET",
					"/api/v1/programs?q=machine%20learning&credential=masters&sort=relevance", null),
			new Scenario("one program", "GET", "/api/v1/programs/harvard-hms-aim-phd", null),
			new Scenario("recommendation", "POST", "/api/v1/recommendations",
					"{\"role\":\"clinician\",\"goals\":[\"clinical_practice\"],\"interests\":[\"medical_imaging\","
							+ "\"ethics\"],\"interestsText\":\"radiology AI\",\"maxBudgetUsd\":10000,\"limit\":10}"),
			new Scenario("statistics summary (cached)", "GET", "/api/v1/stats/summary", null),
			new Scenario("programs page (HTML)", "GET", "/programs", null));

	public static void main(String[] args) throws Exception {
		int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Path dataDir = Files.createTempDirectory("aimnav-http-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AimNavigatorApplication.class)
			.properties("logging.level.root=WARN")
			.run("--server.port=0", "--aimnav.data-dir=" + dataDir, "--aimnav.admin.password=bench")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			System.out.printf(Locale.ROOT, "HTTP load: %d client threads, %d s per scenario after %d s warm-up, "
					+ "%d cores, Java %s%n%n", threads, seconds, warmup, Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"));
			System.out.printf(Locale.ROOT, "%-34s %10s %9s %9s %9s %9s %8s%n", "scenario", "req/s", "p50 ms",
					"p90 ms", "p99 ms", "max ms", "ratio");
			// Warm every path first, so that the first scenario measured does not pay for the JIT.
			for (Scenario scenario : SCENARIOS) {
				run(port, scenario, threads, warmup);
			}
			double reference = 0;
			for (Scenario scenario : SCENARIOS) {
				Result result = run(port, scenario, threads, seconds);
				if (reference == 0) {
					reference = result.throughput();
				}
				Histogram h = result.latencies();
				System.out.printf(Locale.ROOT, "%-34s %10.0f %9.2f %9.2f %9.2f %9.2f %7.2fx%n", scenario.name(),
						result.throughput(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
						ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), result.throughput() / reference);
				if (result.errors() > 0) {
					System.out.printf(Locale.ROOT, "  %d requests did not answer 200%n", result.errors());
				}
			}
			System.out.printf(Locale.ROOT, "%nLoad average at the end: %.2f%n",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	record Result(double throughput, Histogram latencies, long errors) {
	}

	static Result run(int port, Scenario scenario, int threads, int seconds) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + scenario.path()))
			.header("Accept", "application/json, text/html");
		HttpRequest request = scenario.body() == null ? builder.GET().build()
				: builder.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(scenario.body()))
					.build();
		List<Histogram> histograms = new ArrayList<>();
		AtomicLong count = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		CountDownLatch done = new CountDownLatch(threads);
		for (int t = 0; t < threads; t++) {
			Histogram histogram = new Histogram(60_000_000_000L, 3);
			histograms.add(histogram);
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						long started = System.nanoTime();
						HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
						histogram.recordValue(System.nanoTime() - started);
						count.incrementAndGet();
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
				}
				catch (IOException ex) {
					errors.incrementAndGet();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		long started = System.nanoTime();
		done.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		Histogram all = new Histogram(60_000_000_000L, 3);
		histograms.forEach(all::add);
		return new Result(count.get() / elapsed, all, errors.get());
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

}

package org.aimnav.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramPage;
import org.aimnav.catalog.program.ProgramQuery;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramSearch;
import org.aimnav.catalog.program.ProgramSort;
import org.aimnav.catalog.program.SearchIndex;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.support.SyntheticPrograms;
import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.CurrentVersionCache;
import org.aimnav.catalog.version.CurrentVersionWatcher;
import org.aimnav.catalog.version.VersionDiff;
import org.aimnav.catalog.version.VersionNotActivatableException;
import org.aimnav.catalog.version.VersionNotFoundException;
import org.aimnav.catalog.version.VersionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the catalog's storage and queries promise, run against each database the product supports
 * (a subclass per database): the same migrations, the same answers.
 */
abstract class CatalogStoreContract {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgramRepository programs;

	@Autowired
	ProgramSearch search;

	@Autowired
	CatalogVersions versions;

	@Autowired
	CatalogTestApplication.Announcements announcements;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CurrentVersionWatcher watcher;

	@Autowired
	CurrentVersionCache<SearchIndex> indexes;

	@Autowired
	Taxonomy taxonomy;

	@BeforeEach
	void emptyCatalog() {
		jdbc.update("DELETE FROM catalog_current");
		jdbc.update("DELETE FROM program");
		jdbc.update("DELETE FROM catalog_version");
		indexes.clear();
	}

	@Test
	void migrationsCreateTheSameHistoryOnEveryDatabase() {
		List<String> applied = jdbc.queryForList(
				"SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
				String.class);
		assertThat(applied).startsWith("1", "1.1");
	}

	@Test
	void theCuratedCatalogRoundTripsThroughStorage() {
		List<Program> curated = TestPrograms.curated();
		int version = publish(curated);

		for (Program expected : curated) {
			assertThat(programs.find(version, expected.programId())).contains(expected);
		}
		assertThat(programs.count(version)).isEqualTo(36);
	}

	@Test
	void publishingMakesAVersionCurrentWithCountAndChecksum() {
		assertThat(versions.currentVersion()).isEmpty();
		int first = publish(List.of(program("aaa-one").build(), program("bbb-two").build()));

		CatalogVersion current = versions.current().orElseThrow();
		assertThat(current.version()).isEqualTo(first);
		assertThat(current.status()).isEqualTo(VersionStatus.PUBLISHED);
		assertThat(current.programCount()).isEqualTo(2);
		assertThat(current.checksum()).hasSize(64);
		assertThat(current.importId()).isEqualTo("import-" + first);
		assertThat(current.createdAt()).isNotNull();
		assertThat(current.publishedAt()).isNotNull();
		assertThat(current.current()).isTrue();
	}

	@Test
	void aPublishInsideATransactionIsAnnouncedOnlyAfterItsCommit() {
		watcher.refresh(); // forget what earlier tests published: the catalog is empty now
		int version = versions.createStaging("import-tx");
		programs.insertAll(version, List.of(program("aaa-one").build()));
		int before = announcements.versions().size();

		transactions.executeWithoutResult(status -> {
			versions.publish(version, versions.checksum(version));
			assertThat(announcements.versions()).hasSize(before);
		});

		assertThat(announcements.versions()).hasSize(before + 1).last().isEqualTo(version);
	}

	@Test
	void aPublishInsteadOfAVersionThatIsNoLongerCurrentChangesNothing() {
		int first = publish(List.of(program("aaa-one").build()));
		int second = publish(List.of(program("bbb-two").build()));
		int staging = versions.createStaging("import-late");
		programs.insertAll(staging, List.of(program("ccc-three").build()));

		assertThat(versions.publishInstead(staging, versions.checksum(staging), first)).as("decided against " + first)
			.isEmpty();
		assertThat(versions.requireCurrentVersion()).isEqualTo(second);
		assertThat(versions.find(staging)).get().extracting(CatalogVersion::status).isEqualTo(VersionStatus.STAGING);

		assertThat(versions.publishInstead(staging, versions.checksum(staging), second)).get()
			.extracting(CatalogVersion::status)
			.isEqualTo(VersionStatus.PUBLISHED);
		assertThat(versions.requireCurrentVersion()).isEqualTo(staging);
	}

	@Test
	void aStagingVersionIsInvisibleUntilPublished() {
		int first = publish(List.of(program("aaa-one").build()));
		int staging = versions.createStaging("import-x");
		programs.insertAll(staging, List.of(program("ccc-three").build()));

		assertThat(versions.requireCurrentVersion()).isEqualTo(first);
		assertThat(search.search(first, ProgramQuery.all()).items()).extracting(Program::programId)
			.containsExactly("aaa-one");
		assertThat(versions.find(staging)).hasValueSatisfying(v -> {
			assertThat(v.status()).isEqualTo(VersionStatus.STAGING);
			assertThat(v.programCount()).as("the rows staged so far").isEqualTo(1);
		});
	}

	@Test
	void checksumDependsOnContentNotOnInsertionOrder() {
		Program a = program("aaa-one").tuition("100").build();
		Program b = program("bbb-two").build();
		int v1 = stage(List.of(a, b));
		int v2 = stage(List.of(b, a));
		int v3 = stage(List.of(a, program("bbb-two").tuition("1").build()));

		assertThat(versions.checksum(v1)).isEqualTo(versions.checksum(v2)).isNotEqualTo(versions.checksum(v3));
	}

	@Test
	void activatingAnEarlierVersionRollsBack() {
		int first = publish(List.of(program("aaa-one").build()));
		int second = publish(List.of(program("bbb-two").build()));
		assertThat(versions.requireCurrentVersion()).isEqualTo(second);

		CatalogVersion firstBefore = versions.find(first).orElseThrow();
		versions.activate(first);

		assertThat(versions.requireCurrentVersion()).isEqualTo(first);
		assertThat(versions.list()).extracting(CatalogVersion::version).containsExactly(second, first);
		assertThat(versions.list()).filteredOn(CatalogVersion::current).extracting(CatalogVersion::version)
			.containsExactly(first);
		CatalogVersion rolledBack = versions.find(first).orElseThrow();
		assertThat(firstBefore.currentSince()).as("not current then").isNull();
		assertThat(rolledBack.currentSince()).as("made current again after it was published")
			.isAfterOrEqualTo(rolledBack.publishedAt())
			.isAfterOrEqualTo(versions.find(second).orElseThrow().publishedAt());
		assertThat(versions.find(second).orElseThrow().currentSince()).isNull();
		assertThat(versions.activate(first).currentSince()).as("activated again while current: a retry, no new date")
			.isEqualTo(rolledBack.currentSince());
	}

	@Test
	void aDiscardedVersionIsRemovedInBatchesAndLeavesTheOthersAlone() {
		int kept = publish(List.of(program("aaa-one").build(), program("zzz-two").build()));
		int discarded = stage(List.of(program("aaa-one").build(), program("bbb-two").build(),
				program("ccc-three").build(), program("ddd-four").build(), program("eee-five").build()));
		versions.discard(discarded);

		assertThat(programs.deleteFirst(discarded, 2)).isEqualTo(2);
		assertThat(programs.walk(discarded)).toIterable().extracting(Program::programId)
			.containsExactly("ccc-three", "ddd-four", "eee-five");
		assertThat(programs.deleteFirst(discarded, 2)).isEqualTo(2);
		assertThat(programs.deleteFirst(discarded, 2)).isEqualTo(1);
		assertThat(programs.deleteFirst(discarded, 2)).isZero();
		assertThat(programs.count(kept)).isEqualTo(2);
		assertThat(versions.sweepDiscarded()).as("nothing left to sweep").isZero();
	}

	@Test
	void onlyPublishedVersionsCanBeActivated() {
		publish(List.of(program("aaa-one").build()));
		int discarded = stage(List.of(program("bbb-two").build()));
		versions.discard(discarded);
		assertThat(programs.count(discarded)).as("removed by the sweep, after the decision").isEqualTo(1);
		assertThat(versions.sweepDiscarded()).isEqualTo(1);

		assertThatThrownBy(() -> versions.activate(discarded)).isInstanceOf(VersionNotActivatableException.class);
		assertThatThrownBy(() -> versions.activate(999)).isInstanceOf(VersionNotFoundException.class);
		assertThat(programs.count(discarded)).isZero();
		assertThat(versions.list()).extracting(CatalogVersion::version).doesNotContain(discarded);
		int current = versions.requireCurrentVersion();
		assertThatThrownBy(() -> versions.diff(discarded, current)).isInstanceOf(VersionNotFoundException.class)
			.hasMessageContaining("was discarded");
		assertThatThrownBy(() -> versions.diff(999, current)).isInstanceOf(VersionNotFoundException.class)
			.hasMessage("Catalog version 999 does not exist");
	}

	@Test
	void diffListsAddedRemovedAndChangedFields() {
		int first = publish(List.of(program("aaa-kept").tuition("100").build(), program("bbb-gone").build(),
				program("ccc-same").build()));
		int second = publish(List.of(program("aaa-kept").tuition("250.5").city("Boston").build(),
				program("ccc-same").build(), program("ddd-new").build()));

		VersionDiff diff = versions.diff(first, second);

		assertThat(diff.added()).containsExactly("ddd-new");
		assertThat(diff.removed()).containsExactly("bbb-gone");
		assertThat(diff.changed()).hasSize(1);
		VersionDiff.Change change = diff.changed().get(0);
		assertThat(change.programId()).isEqualTo("aaa-kept");
		assertThat(change.fields()).containsExactly(new VersionDiff.FieldChange("tuition_usd", "100", "250.5"),
				new VersionDiff.FieldChange("city", null, "Boston"));
	}

	@Test
	void walkingAVersionPagesThroughEveryProgramInIdOrder() {
		List<Program> many = new ArrayList<>();
		for (int i = 0; i < 4500; i++) {
			many.add(program(String.format("p-%05d", 4499 - i)).build());
		}
		int version = stage(many);

		List<String> walked = new ArrayList<>();
		programs.forEach(version, p -> walked.add(p.programId()));

		assertThat(walked).hasSize(4500).isSorted().first().isEqualTo("p-00000");
	}

	@Test
	void aWalkToKeepReadsTheSameProgramsAndHoldsEachRepeatedValueOnce() {
		List<Program> synthetic = SyntheticPrograms.generate(2000, 7, taxonomy);
		int version = stage(synthetic);

		List<Program> plain = new ArrayList<>();
		programs.walk(version).forEachRemaining(plain::add);
		List<Program> kept = new ArrayList<>();
		programs.walkToKeep(version).forEachRemaining(kept::add);

		assertThat(kept).hasSize(2000).containsExactlyElementsOf(plain);
		// Two programs of one institution, with the same topics and dates: one object for each value.
		Map<String, Program> firstOfInstitution = new HashMap<>();
		int shared = 0;
		for (Program program : kept) {
			Program first = firstOfInstitution.putIfAbsent(program.institution(), program);
			if (first != null) {
				assertThat(program.institution()).isSameAs(first.institution());
				shared++;
			}
		}
		assertThat(shared).isGreaterThan(1000);
		for (Function<Program, Object> value : List.<Function<Program, Object>>of(Program::topics,
				p -> p.topics().get(0), Program::audiences, Program::country, Program::lastVerified,
				Program::tuitionUsd)) {
			Program[] alike = pairWith(kept, value);
			assertThat(value.apply(alike[1])).isSameAs(value.apply(alike[0]));
		}
		// A walk that does not keep its programs does not share: nothing is held for it.
		Program[] plainPair = pairWith(plain, Program::topics);
		assertThat(plainPair[1].topics()).isNotSameAs(plainPair[0].topics());
	}

	/** Two programs with the same value, not null. */
	private static Program[] pairWith(List<Program> programs, Function<Program, Object> value) {
		Map<Object, Program> seen = new HashMap<>();
		for (Program program : programs) {
			Object v = value.apply(program);
			Program first = v == null ? null : seen.putIfAbsent(v, program);
			if (first != null) {
				return new Program[] { first, program };
			}
		}
		throw new AssertionError("no two programs alike");
	}

	@Test
	void filtersCombineFacetsWithAndAndValuesWithOr() {
		int version = publish(sampleCatalog());

		ProgramPage onlineOrHybridMasters = search.search(version,
				new ProgramQuery(null, Set.of(Credential.MASTERS),
						Set.of(DeliveryFormat.ONLINE, DeliveryFormat.HYBRID), null, null, null, null, null, null,
						ProgramSort.NAME, 0, 20));
		assertThat(ids(onlineOrHybridMasters)).containsExactly("ms-online", "ms-hybrid");

		ProgramPage clinicianImaging = search.search(version, new ProgramQuery(null, null, null, null, null,
				Set.of(Audience.CLINICIAN), Set.of("Medical imaging"), null, null, ProgramSort.NAME, 0, 20));
		assertThat(ids(clinicianImaging)).containsExactly("cert-imaging");

		ProgramPage inGreatBritain = search.search(version, new ProgramQuery(null, null, null, Set.of(Pace.FULL_TIME),
				Set.of("gb"), null, null, null, null, ProgramSort.NAME, 0, 20));
		assertThat(ids(inGreatBritain)).containsExactly("phd-london");
	}

	@Test
	void upperBoundsNeverAdmitUnstatedValues() {
		int version = publish(sampleCatalog());

		ProgramPage cheap = search.search(version, new ProgramQuery(null, null, null, null, null, null, null,
				new BigDecimal("20000"), null, ProgramSort.TUITION, 0, 20));
		assertThat(ids(cheap)).containsExactly("cert-imaging", "ms-online");

		ProgramPage shortOnes = search.search(version, new ProgramQuery(null, null, null, null, null, null, null, null,
				new BigDecimal("12"), ProgramSort.DURATION, 0, 20));
		assertThat(ids(shortOnes)).containsExactly("exec-leaders", "cert-imaging", "ms-online");
	}

	@Test
	void sortingPutsUnknownValuesLastAndBreaksTiesByName() {
		int version = publish(sampleCatalog());

		ProgramPage byTuition = search.search(version, new ProgramQuery(null, null, null, null, null, null, null, null,
				null, ProgramSort.TUITION, 0, 20));

		assertThat(ids(byTuition)).containsExactly("cert-imaging", "ms-online", "ms-hybrid", "exec-leaders",
				"phd-london");
	}

	@Test
	void facetCountsApplyEveryFilterButTheirOwn() {
		int version = publish(sampleCatalog());

		ProgramPage masters = search.search(version, new ProgramQuery(null, Set.of(Credential.MASTERS), null, null,
				null, null, null, null, null, ProgramSort.NAME, 0, 20));

		Map<String, Map<String, Long>> facets = masters.facets();
		assertThat(facets.get("credential")).containsEntry("masters", 2L)
			.containsEntry("phd", 1L)
			.containsEntry("graduate_certificate", 1L)
			.containsEntry("short_course", 0L);
		assertThat(facets.get("deliveryFormat")).containsEntry("online", 1L)
			.containsEntry("hybrid", 1L)
			.containsEntry("in_person", 0L);
		assertThat(facets.get("country")).containsOnlyKeys("US");
		assertThat(facets.get("topic")).containsEntry("machine_learning", 2L).containsEntry("medical_imaging", 0L);
		assertThat(facets.get("audience")).containsEntry("engineer", 1L).containsEntry("student", 1L);

		ProgramPage nowhere = search.search(version, new ProgramQuery(null, null, null, null, Set.of("FR"), null, null,
				null, null, ProgramSort.NAME, 0, 20));
		assertThat(nowhere.total()).isZero();
		assertThat(nowhere.facets().get("country")).as("a selected country stays in its facet")
			.containsEntry("FR", 0L)
			.containsEntry("US", 3L);
	}

	@Test
	void totalsAndFacetCountsAgreeWithCountingEveryProgramByHandForRandomFilters() {
		SplittableRandom random = new SplittableRandom(20261128);
		String[] countries = { "US", "GB", "DE", null };
		String[] topics = { "machine_learning", "medical_imaging", "ethics", "genomics", "nlp" };
		List<Program> catalog = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			catalog.add(program(String.format("random-%03d", i))
				.credential(pick(random, Credential.values()))
				.format(random.nextInt(4) == 0 ? null : pick(random, DeliveryFormat.values()))
				.pace(random.nextInt(4) == 0 ? null : pick(random, Pace.values()))
				.country(pick(random, countries))
				.audiences(pick(random, Audience.values()), pick(random, Audience.values()))
				.topics(pick(random, topics), pick(random, topics))
				.tuition(random.nextInt(5) == 0 ? null : Integer.toString(random.nextInt(60_000)))
				.build());
		}
		int version = publish(catalog);
		SearchIndex index = SearchIndex.load(jdbc, version);

		for (int round = 0; round < 40; round++) {
			ProgramQuery query = new ProgramQuery(null, some(random, Credential.values()),
					some(random, DeliveryFormat.values()), some(random, Pace.values()),
					some(random, new String[] { "US", "GB", "DE", "FR" }), some(random, Audience.values()),
					some(random, topics), random.nextInt(3) == 0 ? new BigDecimal(random.nextInt(60_000)) : null, null,
					ProgramSort.NAME, 0, 5);

			for (ProgramPage page : List.of(search.searchInDatabase(version, query), search.searchIn(index, query))) {
				assertThat(page.total()).as("round %d: %s", round, query)
					.isEqualTo(catalog.stream().filter(p -> failing(query, p).isEmpty()).count());
				for (String facet : List.of("credential", "deliveryFormat", "pace", "country", "audience", "topic")) {
					Map<String, Long> expected = new java.util.TreeMap<>();
					for (Program p : catalog) {
						Set<String> failing = failing(query, p);
						if (failing.isEmpty() || failing.equals(Set.of(facet))) {
							facetValues(facet, p).forEach(value -> expected.merge(value, 1L, Long::sum));
						}
					}
					Map<String, Long> counted = new java.util.TreeMap<>(page.facets().get(facet));
					counted.values().removeIf(count -> count == 0);
					assertThat(counted).as("round %d, facet %s: %s", round, facet, query).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void theIndexInMemoryAnswersEverySearchAsTheDatabaseDoes() {
		SplittableRandom random = new SplittableRandom(20261129);
		String[] words = { "deep", "learning", "clinical", "imaging", "data", "science", "health", "informatics",
				"radiology", "genomic", "ethics", "leadership", "Zürich", "100%", "ai" };
		String[] topics = { "machine_learning", "medical_imaging", "ethics", "genomics", "nlp" };
		List<Program> catalog = new ArrayList<>();
		String name = null;
		for (int i = 0; i < 400; i++) {
			// Names differ first in their number, so every database orders them alike, whatever its
			// collation; every seventh repeats the one before, for ties broken by id.
			if (i % 7 != 0 || name == null) {
				name = String.format("Program %03d %s %s", random.nextInt(1000), pick(random, words),
						pick(random, words));
			}
			catalog.add(program(String.format("equal-%03d", (i * 37) % 400)).name(name)
				.institution(random.nextInt(5) == 0 ? "University of " + pick(random, words) : "Institute " + i)
				.description(random.nextInt(6) == 0 ? null
						: String.join(" ", pick(random, words), pick(random, words), pick(random, words)))
				.credential(pick(random, Credential.values()))
				.format(random.nextInt(4) == 0 ? null : pick(random, DeliveryFormat.values()))
				.pace(random.nextInt(4) == 0 ? null : pick(random, Pace.values()))
				.country(pick(random, new String[] { "US", "GB", "DE", null }))
				.audiences(pick(random, Audience.values()), pick(random, Audience.values()))
				.topics(pick(random, topics), pick(random, topics))
				.tuition(random.nextInt(5) == 0 ? null : Integer.toString(random.nextInt(60_000)))
				.months(random.nextInt(5) == 0 ? null : Integer.toString(1 + random.nextInt(48)))
				.build());
		}
		int version = publish(catalog);
		SearchIndex index = SearchIndex.load(jdbc, version);
		assertThat(index.size()).isEqualTo(400);

		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(4); n > 0; n--) {
				String word = pick(random, words);
				// Whole words, and beginnings of words (a search box matches words that begin so).
				text.append(' ').append(random.nextBoolean() ? word : word.substring(0, 1 + random.nextInt(word.length())));
			}
			int size = 1 + random.nextInt(30);
			ProgramQuery query = new ProgramQuery(text.toString(), some(random, Credential.values()),
					some(random, DeliveryFormat.values()), some(random, Pace.values()),
					some(random, new String[] { "US", "gb", "DE", "FR" }), some(random, Audience.values()),
					some(random, new String[] { "machine_learning", "Medical imaging", "ethics", "nonsense" }),
					random.nextInt(3) == 0 ? new BigDecimal(random.nextInt(60_000)) : null,
					random.nextInt(4) == 0 ? new BigDecimal(random.nextInt(48) + ".5") : null,
					pick(random, ProgramSort.values()), random.nextInt(4) == 0 ? random.nextInt(6) : 0, size);

			ProgramPage inDatabase = search.searchInDatabase(version, query);
			ProgramPage inMemory = search.searchIn(index, query);

			assertThat(inMemory).as("round %d: %s", round, query).isEqualTo(inDatabase);
			assertThat(inMemory.facets().values().stream().map(counts -> List.copyOf(counts.keySet())).toList())
				.as("facet values in the same order, round %d", round)
				.isEqualTo(inDatabase.facets().values().stream().map(counts -> List.copyOf(counts.keySet())).toList());
		}
	}

	@Test
	void searchUsesTheCurrentVersionsIndexOnceBuiltAndTheDatabaseForOthers() throws InterruptedException {
		int old = publish(sampleCatalog());
		int current = publish(List.of(program("only-one").build()));
		// Published here: the cache has been told, and builds the index on its own thread.
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (indexes.version().orElse(-1) != current && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}

		assertThat(indexes.held(current)).isPresent();
		assertThat(indexes.held(old)).isEmpty();
		assertThat(ids(search.search(current, ProgramQuery.all()))).containsExactly("only-one");
		assertThat(search.search(old, ProgramQuery.all()).total()).isEqualTo(5);
	}

	/** The facets whose filter a program fails, "tuition" for the tuition ceiling. */
	private static Set<String> failing(ProgramQuery query, Program p) {
		Set<String> failing = new java.util.HashSet<>();
		for (String facet : List.of("credential", "deliveryFormat", "pace", "country", "audience", "topic")) {
			Set<String> wanted = switch (facet) {
				case "credential" -> codes(query.credentials());
				case "deliveryFormat" -> codes(query.deliveryFormats());
				case "pace" -> codes(query.paces());
				case "country" -> query.countries();
				case "audience" -> codes(query.audiences());
				default -> query.topics();
			};
			if (!wanted.isEmpty() && facetValues(facet, p).stream().noneMatch(wanted::contains)) {
				failing.add(facet);
			}
		}
		if (query.maxTuitionUsd() != null
				&& (p.tuitionUsd() == null || p.tuitionUsd().compareTo(query.maxTuitionUsd()) > 0)) {
			failing.add("tuition");
		}
		return failing;
	}

	private static Set<String> facetValues(String facet, Program p) {
		return switch (facet) {
			case "credential" -> Set.of(p.credential().code());
			case "deliveryFormat" -> p.deliveryFormat() == null ? Set.of() : Set.of(p.deliveryFormat().code());
			case "pace" -> p.pace() == null ? Set.of() : Set.of(p.pace().code());
			case "country" -> p.country() == null ? Set.of() : Set.of(p.country());
			case "audience" -> codes(Set.copyOf(p.audiences()));
			default -> Set.copyOf(p.topics());
		};
	}

	private static Set<String> codes(Set<? extends org.aimnav.catalog.program.CodedValue> values) {
		Set<String> codes = new java.util.HashSet<>();
		values.forEach(value -> codes.add(value.code()));
		return codes;
	}

	private static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** Nothing (no filter) half the time, otherwise one or two of the values. */
	private static <T> Set<T> some(SplittableRandom random, T[] values) {
		Set<T> chosen = new java.util.HashSet<>();
		if (random.nextBoolean()) {
			int n = 1 + random.nextInt(2);
			for (int i = 0; i < n; i++) {
				chosen.add(pick(random, values));
			}
		}
		return chosen;
	}

	@Test
	void freeTextMatchesStemsAndRanksNameAboveDescription() {
		int version = publish(sampleCatalog());

		ProgramPage leaders = search.search(version, text("leadership"));
		assertThat(ids(leaders)).first().isEqualTo("exec-leaders");

		ProgramPage imaging = search.search(version, text("images"));
		assertThat(ids(imaging)).containsExactly("cert-imaging", "ms-hybrid");
	}

	@Test
	void freeTextRequiresEveryWordAndReadsTopicSynonyms() {
		int version = publish(sampleCatalog());

		assertThat(ids(search.search(version, text("radiology")))).containsExactly("cert-imaging");
		assertThat(ids(search.search(version, text("london genomics")))).containsExactly("phd-london");
		assertThat(ids(search.search(version, text("london leadership")))).isEmpty();
		assertThat(ids(search.search(version, text("Zürich")))).containsExactly("ms-online");
		assertThat(search.search(version, text("100%_\\")).total()).isZero();
	}

	@Test
	void pagesAreStableAndCountTheWhole() {
		int version = publish(sampleCatalog());

		ProgramPage first = search.search(version, ProgramQuery.all().withPage(0, 2));
		ProgramPage third = search.search(version, ProgramQuery.all().withPage(2, 2));

		assertThat(first.total()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(ids(first)).containsExactly("cert-imaging", "exec-leaders");
		assertThat(ids(third)).containsExactly("phd-london");
	}

	@Test
	void exportWalksEveryMatchInIdOrderWhateverTheQuerysSortAndSize() {
		int version = publish(sampleCatalog());
		List<String> exported = new ArrayList<>();

		search.forEachMatch(version, new ProgramQuery(null, Set.of(Credential.MASTERS), null, null, null, null, null,
				null, null, ProgramSort.NAME, 0, 1), p -> exported.add(p.programId()));

		assertThat(exported).containsExactly("ms-hybrid", "ms-online");
	}

	@Test
	void exportWalksAVersionOfManyPagesOnceAndOnlyItsMatches() {
		List<Program> many = new ArrayList<>();
		for (int i = 0; i < 2_345; i++) {
			many.add(program(String.format("p-%05d", (i * 7919) % 2_345))
				.credential(i % 3 == 0 ? Credential.PHD : Credential.MASTERS)
				.build());
		}
		int version = publish(many);
		List<String> all = new ArrayList<>();
		List<String> phds = new ArrayList<>();

		search.forEachMatch(version, new ProgramQuery(null, null, null, null, null, null, null, null, null,
				ProgramSort.NAME, 0, 20), p -> all.add(p.programId()));
		search.forEachMatch(version, new ProgramQuery(null, Set.of(Credential.PHD), null, null, null, null, null, null,
				null, ProgramSort.NAME, 0, 20), p -> phds.add(p.programId()));

		assertThat(all).hasSize(2_345).doesNotHaveDuplicates().isSorted();
		assertThat(phds).hasSize(782).isSorted()
			.allSatisfy(id -> assertThat(programs.find(version, id).orElseThrow().credential()).isEqualTo(Credential.PHD));
	}

	private static ProgramQuery text(String text) {
		return new ProgramQuery(text, null, null, null, null, null, null, null, null, ProgramSort.RELEVANCE, 0, 20);
	}

	private static List<String> ids(ProgramPage page) {
		return page.items().stream().map(Program::programId).toList();
	}

	/** Five programs whose names sort in the order cert, exec, ms-online, ms-hybrid, phd. */
	static List<Program> sampleCatalog() {
		return List.of(
				program("ms-online").name("MS Health Data Science")
					.credential(Credential.MASTERS)
					.format(DeliveryFormat.ONLINE)
					.tuition("18000")
					.months("12")
					.institution("ETH Zürich")
					.country("US")
					.audiences(Audience.ENGINEER, Audience.DATA_SCIENTIST)
					.topics("machine_learning", "clinical_data_science")
					.description("Statistics and software for engineers.")
					.build(),
				program("ms-hybrid").name("MS Medical AI")
					.credential(Credential.MASTERS)
					.format(DeliveryFormat.HYBRID)
					.tuition("45000")
					.country("US")
					.audiences(Audience.STUDENT)
					.topics("machine_learning", "regulation_policy")
					.description("Covers image analysis and regulation.")
					.build(),
				program("cert-imaging").name("Certificate in Imaging AI")
					.credential(Credential.GRADUATE_CERTIFICATE)
					.format(DeliveryFormat.ONLINE)
					.tuition("9000")
					.months("6")
					.country("US")
					.audiences(Audience.CLINICIAN)
					.topics("medical_imaging", "deep_learning")
					.build(),
				program("exec-leaders").name("Executive Leadership in AI")
					.institution("Business School")
					.credential(Credential.EXECUTIVE_EDUCATION)
					.tuition("60000")
					.months("1")
					.audiences(Audience.EXECUTIVE)
					.topics("leadership_strategy")
					.description("For leaders of hospitals.")
					.build(),
				program("phd-london").name("PhD Genomic Medicine")
					.institution("London College")
					.credential(Credential.PHD)
					.format(DeliveryFormat.IN_PERSON)
					.pace(Pace.FULL_TIME)
					.months("48")
					.country("GB")
					.audiences(Audience.RESEARCHER)
					.topics("genomics", "research_methods")
					.build());
	}

	private int stage(List<Program> content) {
		int version = versions.createStaging("import-next");
		programs.insertAll(version, content);
		return version;
	}

	private int publish(List<Program> content) {
		int version = versions.createStaging("import-pending");
		jdbc.update("UPDATE catalog_version SET import_id = ? WHERE version = ?", "import-" + version, version);
		programs.insertAll(version, content);
		versions.publish(version, versions.checksum(version));
		return version;
	}

}

package org.aimnav.recommender.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.search.TextAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of one catalog version's names, institutions and descriptions,
 * analysed with the product's {@link TextAnalyzer}, scored with BM25. It lives as long as its
 * snapshot; a heap directory holds no file or native resource, so a replaced snapshot's index is
 * simply garbage collected, even while a request still reads it.
 */
final class TextIndex {

	/** A word in a name says more about a program than the same word in its description. */
	private static final float NAME_BOOST = 2f;

	private static final float INSTITUTION_BOOST = 1f;

	private static final float DESCRIPTION_BOOST = 1f;

	private static final String ORDINAL = "ordinal";

	private final IndexSearcher searcher;

	/** Lucene document id to program index (they agree unless merging reordered documents). */
	private final int[] programOf;

	private final int size;

	private final ConcurrentHashMap<String, Postings> cache = new ConcurrentHashMap<>();

	private TextIndex(IndexSearcher searcher, int[] programOf, int size) {
		this.searcher = searcher;
		this.programOf = programOf;
		this.size = size;
	}

	static TextIndex build(Program[] programs) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		IndexWriterConfig config = new IndexWriterConfig(TextAnalyzer.analyzer())
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setSimilarity(new BM25Similarity())
			.setMergePolicy(new LogDocMergePolicy())
			.setRAMBufferSizeMB(64)
			.setCommitOnClose(true);
		try {
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				for (int i = 0; i < programs.length; i++) {
					Program program = programs[i];
					Document document = new Document();
					document.add(new TextField("name", program.programName(), Field.Store.NO));
					document.add(new TextField("institution", program.institution(), Field.Store.NO));
					if (program.description() != null) {
						document.add(new TextField("description", program.description(), Field.Store.NO));
					}
					document.add(new NumericDocValuesField(ORDINAL, i));
					writer.addDocument(document);
				}
				// One segment: searching it is one pass with no per-segment overhead.
				writer.forceMerge(1);
			}
			DirectoryReader reader = DirectoryReader.open(directory);
			int[] programOf = new int[reader.maxDoc()];
			for (LeafReaderContext leaf : reader.leaves()) {
				NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					if (ordinals == null || !ordinals.advanceExact(doc)) {
						throw new IllegalStateException("Text index document " + doc + " lost its program");
					}
					programOf[leaf.docBase + doc] = (int) ordinals.longValue();
				}
			}
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setSimilarity(new BM25Similarity());
			searcher.setQueryCache(null);
			return new TextIndex(searcher, programOf, programs.length);
		}
		catch (IOException ex) {
			// A heap directory does no I/O; keep the signature honest anyway.
			throw new UncheckedIOException("Cannot index the catalog's text", ex);
		}
	}

	/**
	 * The BM25 score of every program for analysed terms (the sum over the terms, each the sum
	 * over name, institution and description), by program index; 0 where no term occurs.
	 */
	float[] scores(Collection<String> terms) {
		float[] scores = new float[size];
		for (String term : terms) {
			Postings postings = postings(term);
			int[] programs = postings.programs;
			float[] termScores = postings.scores;
			for (int k = 0; k < programs.length; k++) {
				scores[programs[k]] += termScores[k];
			}
		}
		return scores;
	}

	/**
	 * Whether a program's name, institution or description has an analysed term: what an
	 * explanation names, answered from the term's postings instead of analysing the program's text
	 * again.
	 */
	boolean mentions(String term, int program) {
		return Arrays.binarySearch(postings(term).programs, program) >= 0;
	}

	/**
	 * One term's BM25 score in every program that has it, by ascending program index. Lucene computes it the first time the
	 * term is asked for; it depends on the snapshot alone, so it is kept and every later request
	 * only adds arrays. Terms the index does not have cost a dictionary lookup and are not kept.
	 */
	private Postings postings(String term) {
		Postings cached = cache.get(term);
		if (cached != null) {
			return cached;
		}
		Postings computed = search(term);
		if (computed.programs.length > 0 && cache.size() < MAX_CACHED_TERMS) {
			cache.putIfAbsent(term, computed);
		}
		return computed;
	}

	private Postings search(String term) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(boosted("name", term, NAME_BOOST), BooleanClause.Occur.SHOULD);
		query.add(boosted("institution", term, INSTITUTION_BOOST), BooleanClause.Occur.SHOULD);
		query.add(boosted("description", term, DESCRIPTION_BOOST), BooleanClause.Occur.SHOULD);
		try {
			return searcher.search(query.build(), new CollectorManager<PostingsCollector, Postings>() {
				@Override
				public PostingsCollector newCollector() {
					return new PostingsCollector(programOf);
				}

				@Override
				public Postings reduce(Collection<PostingsCollector> collectors) {
					int total = collectors.stream().mapToInt(c -> c.count).sum();
					int[] programs = new int[total];
					float[] scores = new float[total];
					int at = 0;
					for (PostingsCollector collector : collectors) {
						System.arraycopy(collector.programs, 0, programs, at, collector.count);
						System.arraycopy(collector.scores, 0, scores, at, collector.count);
						at += collector.count;
					}
					return Postings.ascending(programs, scores);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the catalog's text", ex);
		}
	}

	/** Query terms beyond this many add nothing a person could have meant and cost time. */
	static final int MAX_TERMS = 64;

	/** Bounds the memory of the per-term cache; a term beyond it is computed each time. */
	private static final int MAX_CACHED_TERMS = 20_000;

	static List<String> cap(List<String> terms) {
		return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
	}

	private record Postings(int[] programs, float[] scores) {

		/** Documents arrive in program order unless merging reordered them; then they are sorted. */
		static Postings ascending(int[] programs, float[] scores) {
			for (int k = 1; k < programs.length; k++) {
				if (programs[k - 1] > programs[k]) {
					Integer[] order = new Integer[programs.length];
					Arrays.setAll(order, j -> j);
					Arrays.sort(order, (a, b) -> Integer.compare(programs[a], programs[b]));
					int[] sortedPrograms = new int[programs.length];
					float[] sortedScores = new float[programs.length];
					for (int j = 0; j < order.length; j++) {
						sortedPrograms[j] = programs[order[j]];
						sortedScores[j] = scores[order[j]];
					}
					return new Postings(sortedPrograms, sortedScores);
				}
			}
			return new Postings(programs, scores);
		}

	}

	private static org.apache.lucene.search.Query boosted(String field, String term, float boost) {
		TermQuery query = new TermQuery(new Term(field, term));
		return boost == 1f ? query : new BoostQuery(query, boost);
	}

	/** Gathers the matching programs and their scores. */
	private static final class PostingsCollector extends SimpleCollector {

		private final int[] programOf;

		private int[] programs = new int[64];

		private float[] scores = new float[64];

		private int count;

		private Scorable scorer;

		private int docBase;

		PostingsCollector(int[] programOf) {
			this.programOf = programOf;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			docBase = context.docBase;
		}

		@Override
		public void setScorer(Scorable scorer) {
			this.scorer = scorer;
		}

		@Override
		public void collect(int doc) throws IOException {
			if (count == programs.length) {
				programs = Arrays.copyOf(programs, count * 2);
				scores = Arrays.copyOf(scores, count * 2);
			}
			programs[count] = programOf[docBase + doc];
			scores[count] = scorer.score();
			count++;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE;
		}

	}

}

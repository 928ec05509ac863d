package org.aimnav.recommender.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

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
	 * The BM25 score of every program for analysed terms (the sum over name, institution and
	 * description), by program index; 0 where no term occurs.
	 */
	float[] scores(Collection<String> terms) {
		float[] scores = new float[size];
		if (terms.isEmpty() || size == 0) {
			return scores;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms) {
			query.add(boosted("name", term, NAME_BOOST), BooleanClause.Occur.SHOULD);
			query.add(boosted("institution", term, INSTITUTION_BOOST), BooleanClause.Occur.SHOULD);
			query.add(boosted("description", term, DESCRIPTION_BOOST), BooleanClause.Occur.SHOULD);
		}
		try {
			searcher.search(query.build(), new CollectorManager<ScoreCollector, Void>() {
				@Override
				public ScoreCollector newCollector() {
					return new ScoreCollector(scores, programOf);
				}

				@Override
				public Void reduce(Collection<ScoreCollector> collectors) {
					return null;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the catalog's text", ex);
		}
		return scores;
	}

	/** Query terms beyond this many add nothing a person could have meant and cost time. */
	static final int MAX_TERMS = 64;

	static List<String> cap(List<String> terms) {
		return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
	}

	private static org.apache.lucene.search.Query boosted(String field, String term, float boost) {
		TermQuery query = new TermQuery(new Term(field, term));
		return boost == 1f ? query : new BoostQuery(query, boost);
	}

	/** Writes each matching document's score into the program-indexed array. */
	private static final class ScoreCollector extends SimpleCollector {

		private final float[] scores;

		private final int[] programOf;

		private Scorable scorer;

		private int docBase;

		ScoreCollector(float[] scores, int[] programOf) {
			this.scores = scores;
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
			scores[programOf[docBase + doc]] = scorer.score();
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE;
		}

	}

}

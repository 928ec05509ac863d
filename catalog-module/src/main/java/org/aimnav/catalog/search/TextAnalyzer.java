package org.aimnav.catalog.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * The one text analysis of the product, shared by catalog search and recommendation so that a
 * word means the same everywhere: Lucene's standard tokenizer, lower case, accents folded
 * ({@code Zürich} is {@code zurich}), English stop words dropped and Porter stems
 * ({@code imaging} and {@code image} are both {@code imag}).
 *
 * <p>The stop words are Lucene's short default list and the Snowball project's English list that
 * Lucene ships: a learner writes "I want to know how my hospital could use AI", and "i", "my",
 * "how" and "could" should neither match a program nor be named as the reason it matched.
 */
public final class TextAnalyzer {

	private static final CharArraySet STOP_WORDS = stopWords();

	private static final Analyzer ANALYZER = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(tokenizer);
			stream = new LowerCaseFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			stream = new StopFilter(stream, STOP_WORDS);
			stream = new PorterStemFilter(stream);
			return new TokenStreamComponents(tokenizer, stream);
		}
	};

	private TextAnalyzer() {
	}

	private static CharArraySet stopWords() {
		try (Reader snowball = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt",
				StandardCharsets.UTF_8)) {
			CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(snowball), false);
			words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			return CharArraySet.unmodifiableSet(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Lucene's English stop word list is missing from the class path", ex);
		}
	}

	/** The analyzer itself, for building Lucene indexes with the same analysis. */
	public static Analyzer analyzer() {
		return ANALYZER;
	}

	/** The terms of a text, in order, repeats kept; empty for null or blank text. */
	public static List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return terms;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			// Reading from a String cannot fail; keep the signature honest anyway.
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * The terms of a text as one space-delimited string with a space at each end, the form the
	 * catalog stores so that a SQL {@code LIKE '% term%'} matches whole words and their prefixes.
	 * Terms are appended straight from the token stream: an import analyses millions of values, and
	 * a string and a list entry per term cost about as much as the analysis itself.
	 */
	public static String indexForm(String text, int maxLength) {
		StringBuilder out = new StringBuilder(text == null ? 1 : Math.min(text.length() + 2, maxLength));
		out.append(' ');
		if (text == null || text.isBlank()) {
			return out.toString();
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (out.length() + term.length() + 1 > maxLength) {
					break;
				}
				out.append(term).append(' ');
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}

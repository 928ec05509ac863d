package org.aimnav.ingest.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the values Commons CSV reads within {@link CsvRowReader#MAX_VALUE_LENGTH} characters: the
 * parser holds a whole value in memory, so one value of 120 MB in a file under the size limit ran
 * the heap out. Past that length, the rest of a value is dropped as it is read, line breaks
 * excepted (so every later record keeps its line number); no value of the format comes near it,
 * so a value that long is rejected for its length with the rest of its row.
 *
 * <p>It follows the quoting of the parser's dialect (RFC 4180: a value that starts with a quote,
 * after any spaces, runs to the quote that is not doubled; an unquoted value ends at the delimiter
 * or the line's end) only to know where a value ends; the parser still decides what is valid CSV.
 */
final class LongValueGuard extends Reader {

	private static final char QUOTE = '"';

	private enum State {
		/** Before a value's first character (spaces before an opening quote included). */
		FIELD_START,
		UNQUOTED,
		QUOTED,
		/** A quote inside a quoted value: doubled (a quote in the value) or the value's end. */
		QUOTE_IN_QUOTED,
		/** After a quoted value's closing quote, up to the delimiter. */
		AFTER_QUOTED
	}

	private final Reader in;

	private final char delimiter;

	private final int maxLength;

	private final char[] buffer = new char[8192];

	private int position;

	private int limit;

	private State state = State.FIELD_START;

	/** Characters (code points) of the current value passed on. */
	private int length;

	private boolean lastKept = true;

	/** A quote of a value being cut, held until the next character tells whether it ends the value. */
	private boolean heldQuote;

	/** What came out of a character when the caller had room for one only. */
	private final char[] pending = new char[2];

	private int pendingStart;

	private int pendingEnd;

	LongValueGuard(Reader in, char delimiter, int maxLength) {
		this.in = in;
		this.delimiter = delimiter;
		this.maxLength = maxLength;
	}

	@Override
	public int read(char[] out, int offset, int count) throws IOException {
		if (count == 0) {
			return 0;
		}
		int written = 0;
		while (true) {
			while (pendingStart < pendingEnd && written < count) {
				out[offset + written++] = pending[pendingStart++];
			}
			if (written == count) {
				return written;
			}
			if (position == limit) {
				if (written > 0) {
					return written;
				}
				int n = in.read(buffer, 0, buffer.length);
				if (n < 0) {
					if (!heldQuote) {
						return -1;
					}
					heldQuote = false;
					pending[0] = QUOTE;
					pendingStart = 0;
					pendingEnd = 1;
					continue;
				}
				position = 0;
				limit = n;
			}
			else if (count - written >= 2) {
				// A character can come out with the quote held before it: room for two.
				written = accept(buffer[position++], out, offset + written) - offset;
			}
			else {
				pendingStart = 0;
				pendingEnd = accept(buffer[position++], pending, 0);
			}
		}
	}

	/**
	 * Passes {@code c} on into {@code target} from {@code at}, or drops it, after a held quote
	 * that it shows to be a closing one.
	 * @return the index after what was passed on
	 */
	private int accept(char c, char[] target, int at) {
		int next = at;
		switch (state) {
			case FIELD_START -> {
				if (c == QUOTE) {
					state = State.QUOTED;
					length = 0;
					lastKept = true;
				}
				else if (c != delimiter && !isLineBreak(c) && !Character.isWhitespace(c)) {
					state = State.UNQUOTED;
					length = 0;
					keep(c);
				}
				target[next++] = c;
			}
			case UNQUOTED -> {
				if (c == delimiter || isLineBreak(c)) {
					state = State.FIELD_START;
					target[next++] = c;
				}
				else if (keep(c)) {
					target[next++] = c;
				}
			}
			case QUOTED -> {
				if (c == QUOTE) {
					state = State.QUOTE_IN_QUOTED;
					if (length > maxLength) {
						heldQuote = true;
					}
					else {
						target[next++] = c;
					}
				}
				else if (isLineBreak(c) || keep(c)) {
					target[next++] = c;
				}
			}
			case QUOTE_IN_QUOTED -> {
				if (c == QUOTE) {
					// Doubled: one quote of the value, dropped with its pair when the value is cut.
					state = State.QUOTED;
					if (heldQuote) {
						heldQuote = false;
					}
					else {
						keep(c);
						target[next++] = c;
					}
				}
				else {
					if (heldQuote) {
						heldQuote = false;
						target[next++] = QUOTE;
					}
					state = State.AFTER_QUOTED;
					next = accept(c, target, next);
				}
			}
			case AFTER_QUOTED -> {
				if (c == delimiter || isLineBreak(c)) {
					state = State.FIELD_START;
				}
				target[next++] = c;
			}
		}
		return next;
	}

	/**
	 * Counts one more character of the current value; false once the value is past the longest
	 * kept (one more than the maximum, so that a value cut reads as longer than it). The second
	 * half of a surrogate pair goes where the first went.
	 */
	private boolean keep(char c) {
		if (Character.isLowSurrogate(c)) {
			return lastKept;
		}
		lastKept = length <= maxLength;
		if (lastKept) {
			length++;
		}
		return lastKept;
	}

	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r';
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}

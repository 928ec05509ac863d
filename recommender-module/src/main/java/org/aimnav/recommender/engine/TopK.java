package org.aimnav.recommender.engine;

/**
 * The k best programs seen, by score and then by index (id order), in a min-heap of primitives: a
 * catalog of any size is ranked in one pass with memory for k entries, and ties are broken the
 * same way every time.
 */
final class TopK {

	private final int capacity;

	private final int[] index;

	private final double[] score;

	private int size;

	TopK(int capacity) {
		this.capacity = capacity;
		this.index = new int[capacity];
		this.score = new double[capacity];
	}

	void offer(int i, double s) {
		if (capacity == 0) {
			return;
		}
		if (size < capacity) {
			index[size] = i;
			score[size] = s;
			up(size++);
		}
		else if (better(i, s, index[0], score[0])) {
			index[0] = i;
			score[0] = s;
			down(0);
		}
	}

	int size() {
		return size;
	}

	/** Whether {@code offer(i, s)} would keep the entry: cheap enough to test before every offer. */
	boolean wouldKeep(int i, double s) {
		return size < capacity ? capacity > 0 : better(i, s, index[0], score[0]);
	}

	/** The score an entry must beat once the heap is full; negative infinity until then. */
	double threshold() {
		return size < capacity ? Double.NEGATIVE_INFINITY : score[0];
	}

	/** The program indexes held, best first. Empties the heap. */
	int[] drainBestFirst() {
		int[] best = new int[size];
		for (int at = size - 1; at >= 0; at--) {
			best[at] = index[0];
			size--;
			index[0] = index[size];
			score[0] = score[size];
			down(0);
		}
		return best;
	}

	static boolean better(int i, double s, int j, double t) {
		return s > t || (s == t && i < j);
	}

	private void up(int at) {
		while (at > 0) {
			int parent = (at - 1) >>> 1;
			if (!better(index[parent], score[parent], index[at], score[at])) {
				break;
			}
			swap(at, parent);
			at = parent;
		}
	}

	private void down(int at) {
		while (true) {
			int left = 2 * at + 1;
			if (left >= size) {
				return;
			}
			int worst = left;
			int right = left + 1;
			if (right < size && better(index[worst], score[worst], index[right], score[right])) {
				worst = right;
			}
			if (!better(index[at], score[at], index[worst], score[worst])) {
				return;
			}
			swap(at, worst);
			at = worst;
		}
	}

	private void swap(int a, int b) {
		int i = index[a];
		index[a] = index[b];
		index[b] = i;
		double s = score[a];
		score[a] = score[b];
		score[b] = s;
	}

}

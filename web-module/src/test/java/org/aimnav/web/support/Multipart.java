package org.aimnav.web.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body for java.net.http requests, built by hand as a browser would. */
public final class Multipart {

	private final String boundary = "----aimnav" + UUID.randomUUID().toString().replace("-", "");

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public Multipart field(String name, String value) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
		return this;
	}

	public Multipart file(String name, String fileName, byte[] content) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n");
		body.writeBytes(content);
		write("\r\n");
		return this;
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	public byte[] bytes() {
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		copy.writeBytes(body.toByteArray());
		copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return copy.toByteArray();
	}

	private void write(String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}

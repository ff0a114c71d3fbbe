package org.summitsim.server.web;

/**
 * One file of the site, held in memory: its bytes, the same gzipped (null when gzip would not
 * make it smaller, as for images already compressed), its strong ETag and how long browsers may
 * keep it.
 */
public record WebFile(String name, String contentType, byte[] body, byte[] gzipped, String etag, String cacheControl) {}

package org.summitsim.server.transport;

import java.nio.file.Path;

/** A server's TLS certificate chain and its private key, both PEM files. */
public record TlsFiles(Path certificate, Path privateKey) {}

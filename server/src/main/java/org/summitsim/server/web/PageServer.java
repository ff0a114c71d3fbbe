package org.summitsim.server.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.summitsim.server.report.ReportDesk;

/**
 * Answers the HTTP requests of a connection that are not its WebSocket upgrade: the pages and
 * assets of the {@link WebSite} and the {@link JoinQrCode} of a join address, with caching,
 * gzip and the {@link SecurityHeaders}; 404 for anything else, 405 for methods other than GET
 * and HEAD. Requests for the WebSocket path go on to the WebSocket handlers.
 *
 * <p>A connection that only fetched pages gets no protocol heartbeats (they are WebSocket
 * frames); it is closed after the server's idle timeout instead.
 */
public final class PageServer extends ChannelInboundHandlerAdapter {

    private final WebSite site;
    private final String webSocketPath;
    private final boolean tls;
    private final ReportDesk reports;
    private boolean pagesOnly;

    public PageServer(WebSite site, String webSocketPath, boolean tls) {
        this(site, webSocketPath, tls, null);
    }

    /** @param reports the reports' one-time links ({@code /report/TICKET}); null: none */
    public PageServer(WebSite site, String webSocketPath, boolean tls, ReportDesk reports) {
        this.site = site;
        this.webSocketPath = webSocketPath;
        this.tls = tls;
        this.reports = reports;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        // The WebSocket handler takes exactly this target, as it is written (no query, no escapes).
        if (request.uri().equals(webSocketPath)) {
            pagesOnly = false;
            ctx.fireChannelRead(request);
            return;
        }
        pagesOnly = true;
        String path = request.decoderResult().isSuccess() ? path(request.uri()) : null;
        try {
            answer(ctx, request, path);
        } finally {
            request.release();
        }
    }

    /** The decoded path of a request target, or null when it cannot be read. */
    static String path(String uri) {
        try {
            return new QueryStringDecoder(uri, StandardCharsets.UTF_8).path();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void answer(ChannelHandlerContext ctx, FullHttpRequest request, String path) {
        String host = request.headers().get(HttpHeaderNames.HOST);
        if (path == null) {
            send(ctx, request, plain(HttpResponseStatus.BAD_REQUEST, "That request could not be read.\n"), host, false);
            return;
        }
        boolean head = request.method().equals(HttpMethod.HEAD);
        if (!head && !request.method().equals(HttpMethod.GET)) {
            FullHttpResponse r = plain(HttpResponseStatus.METHOD_NOT_ALLOWED, "Only GET and HEAD are answered here.\n");
            r.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD");
            send(ctx, request, r, host, true);
            return;
        }
        if (path.startsWith(ReportDesk.PATH)) {
            report(ctx, request, path.substring(ReportDesk.PATH.length()), host, head);
            return;
        }
        Optional<WebFile> found = site.find(path).or(() -> JoinQrCode.find(path, host, tls));
        if (found.isEmpty()) {
            send(
                    ctx,
                    request,
                    plain(
                            HttpResponseStatus.NOT_FOUND,
                            "There is no page at this address. Students start at /"
                                    + " (or /join/CODE); programs connect a WebSocket to " + webSocketPath + ".\n"),
                    host,
                    true);
            return;
        }
        WebFile file = found.get();
        FullHttpResponse response;
        if (file.etag().equals(request.headers().get(HttpHeaderNames.IF_NONE_MATCH))) {
            response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED);
        } else {
            boolean gzip =
                    file.gzipped() != null && acceptsGzip(request.headers().get(HttpHeaderNames.ACCEPT_ENCODING));
            byte[] body = gzip ? file.gzipped() : file.body();
            response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1,
                    HttpResponseStatus.OK,
                    head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, file.contentType());
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            if (gzip) {
                response.headers().set(HttpHeaderNames.CONTENT_ENCODING, HttpHeaderValues.GZIP);
            }
        }
        response.headers().set(HttpHeaderNames.ETAG, file.etag());
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, file.cacheControl());
        if (file.gzipped() != null) {
            response.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_ENCODING);
        }
        send(ctx, request, response, host, true);
    }

    /**
     * A room's report behind its one-time link: opened once (a HEAD leaves it), never cached,
     * under the report's own policy, which lets nothing load or run but its inline stylesheets.
     */
    private void report(ChannelHandlerContext ctx, FullHttpRequest request, String ticket, String host, boolean head) {
        Optional<ReportDesk.Served> found =
                reports == null ? Optional.empty() : head ? reports.peek(ticket) : reports.take(ticket);
        if (found.isEmpty()) {
            send(
                    ctx,
                    request,
                    plain(
                            HttpResponseStatus.NOT_FOUND,
                            "This report link has been used or has expired: each"
                                    + " link opens its report once, within a minute. Open the report again from the teacher's page"
                                    + " (/facilitator).\n"),
                    host,
                    true);
            return;
        }
        ReportDesk.Served report = found.get();
        boolean gzip = acceptsGzip(request.headers().get(HttpHeaderNames.ACCEPT_ENCODING));
        byte[] body = gzip ? report.gzipped() : report.html();
        FullHttpResponse r = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.OK,
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, report.contentType());
        r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        if (gzip) {
            r.headers().set(HttpHeaderNames.CONTENT_ENCODING, HttpHeaderValues.GZIP);
        }
        r.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_ENCODING);
        r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, report.disposition());
        SecurityHeaders.add(r.headers(), host, tls);
        r.headers().set("Content-Security-Policy", report.policy());
        send(ctx, request, r, host, true);
    }

    /** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.split(";");
            String coding = bits[0].strip();
            if (coding.equals("gzip") || coding.equals("*")) {
                for (int i = 1; i < bits.length; i++) {
                    String p = bits[i].strip().replace(" ", "");
                    if (p.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static FullHttpResponse plain(HttpResponseStatus status, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return r;
    }

    private void send(
            ChannelHandlerContext ctx,
            FullHttpRequest request,
            FullHttpResponse response,
            String host,
            boolean keepAliveAllowed) {
        if (!response.headers().contains("Content-Security-Policy")) {
            SecurityHeaders.add(response.headers(), host, tls);
        }
        if (request.method().equals(HttpMethod.HEAD) && response.content().isReadable()) {
            response.content().clear();
        }
        boolean keepAlive = keepAliveAllowed && HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(response, keepAlive);
        ChannelFuture f = ctx.writeAndFlush(response);
        if (!keepAlive) {
            f.addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (pagesOnly && evt instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.READER_IDLE) {
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }
}

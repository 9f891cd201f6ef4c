<?php
/**
 * Server-side fetches from the claims site (the claim JSON for the plain fallback, the
 * prerendered fragment for the card at first paint), cached in transients.
 *
 * The claims site is another server, so every answer is hostile until checked. What is cached
 * is the checked result (the JSON validated, the fragment sanitized), never the raw body: a
 * page view only reads the cache.
 *
 * Caching: an answer is fresh for an hour (filter `evidence_claim_cache_ttl`); a missing or
 * refused file is remembered for ten minutes, so an unknown claim ID costs one request per ten
 * minutes, not one per page view. A stale copy is kept for a day and revalidated with
 * If-None-Match / If-Modified-Since; when the claims site is down, the stale copy is served and
 * the next try waits five minutes. Saving the settings, or "Clear the cache" on the settings
 * page, starts afresh.
 *
 * Bounds: each fetch takes at most 2 s and EVIDENCE_CLAIM_MAX_BYTES; one page view fetches at
 * most EVIDENCE_CLAIM_PAGE_FETCHES files and stops fetching after 4 s in all (the rest of its
 * cards wait for the next view, or are drawn from what is cached). Only http(s) on ports 80
 * and 443 (or the site's own port, on the site's own host), never a private, loopback or
 * link-local address (unless the `http_request_host_is_external` filter allows a host), and no
 * redirect is followed.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The largest file taken from the claims site (a claim document or a prerendered card). */
const EVIDENCE_CLAIM_MAX_BYTES = 204800;

/** The most files one page view fetches from the claims site, and the seconds it may spend. */
const EVIDENCE_CLAIM_PAGE_FETCHES = 6;
const EVIDENCE_CLAIM_PAGE_SECONDS = 4.0;

/**
 * Why a URL may not be fetched, or '' when it may.
 *
 * @param string      $url Absolute URL.
 * @param string|null $ip  Set to the address that was checked ('' for the site's own host).
 * @return string
 */
function evidence_claim_url_refusal( $url, &$ip = null ) {
	$ip    = '';
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || ! isset( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return __( 'it is not an http(s) URL', 'evidence-claim' );
	}
	if ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return __( 'it holds a user name or password', 'evidence-claim' );
	}
	$host  = strtolower( trim( $parts['host'], '.' ) );
	$home  = wp_parse_url( home_url() );
	$own   = is_array( $home ) && isset( $home['host'] ) && strtolower( $home['host'] ) === $host;
	$ports = array( 80, 443 );
	if ( $own && isset( $home['port'] ) ) {
		$ports[] = (int) $home['port'];
	}
	if ( isset( $parts['port'] ) && ! in_array( (int) $parts['port'], $ports, true ) ) {
		/* translators: %d: a port number. */
		return sprintf( __( 'port %d is not 80 or 443', 'evidence-claim' ), (int) $parts['port'] );
	}
	if ( $own ) {
		return '';
	}
	$ip = preg_match( '/^\d{1,3}(\.\d{1,3}){3}$/', $host ) ? $host : gethostbyname( $host );
	if ( ! filter_var( $ip, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4 ) ) {
		return __( 'its host name does not resolve', 'evidence-claim' );
	}
	// Link-local (cloud metadata services live there) and the unspecified range: never.
	$octets = array_map( 'intval', explode( '.', $ip ) );
	if ( ( 169 === $octets[0] && 254 === $octets[1] ) || 0 === $octets[0] || $octets[0] >= 224 ) {
		return __( 'its address is link-local or reserved', 'evidence-claim' );
	}
	$public = filter_var( $ip, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE )
		&& ! ( 100 === $octets[0] && $octets[1] >= 64 && $octets[1] <= 127 );
	// The same filter WordPress's own safe fetches ask, for a claims site on an intranet.
	if ( ! $public && ! apply_filters( 'http_request_host_is_external', false, $host, $url ) ) {
		return __( 'its address is private', 'evidence-claim' );
	}
	return '';
}

/**
 * The cache entry of a URL (the checked result), as stored.
 *
 * @param string $url The URL.
 * @return string The transient's name.
 */
function evidence_claim_cache_key( $url ) {
	return 'evidence_claim_' . md5( $url . '|' . (int) get_option( 'evidence_claim_cache_gen', 0 ) );
}

/**
 * A claims-site file, checked. Answers array( 'status' => …, 'value' => … ): `ok` with the
 * checked value; `missing` (404 or 410), `refused` (the check failed, or it is too big),
 * `redirect`, `error` (unreachable, a server error, a URL that may not be fetched) or `later`
 * (this page view has spent its fetches) with a null value and a `detail` for the editor.
 *
 * @param string   $url    Absolute http(s) URL.
 * @param string   $accept The Accept header.
 * @param callable $check  Takes the body, answers the value to cache, or null to refuse it.
 * @return array{status: string, value: mixed, detail: string}
 */
function evidence_claim_fetch( $url, $accept, $check ) {
	static $memo    = array();
	static $fetches = 0;
	static $spent   = 0.0;
	if ( array_key_exists( $url, $memo ) ) {
		return $memo[ $url ];
	}
	$key   = evidence_claim_cache_key( $url );
	$entry = get_transient( $key );
	$entry = is_array( $entry ) && isset( $entry['status'], $entry['until'] ) ? $entry : null;
	$now   = time();
	if ( null !== $entry && $entry['until'] > $now ) {
		$memo[ $url ] = $entry;
		return $entry;
	}

	$refusal = evidence_claim_url_refusal( $url, $ip );
	if ( '' === $refusal && ( $fetches >= EVIDENCE_CLAIM_PAGE_FETCHES || $spent >= EVIDENCE_CLAIM_PAGE_SECONDS ) ) {
		// Over this view's budget: a stale copy if there is one, else the card waits for the next view.
		$memo[ $url ] = null !== $entry && 'ok' === $entry['status'] ? $entry : array(
			'status' => 'later',
			'value'  => null,
			'detail' => __( 'this page already fetched its share from the claims site; it comes on the next view', 'evidence-claim' ),
		);
		return $memo[ $url ];
	}

	$ttl = (int) apply_filters( 'evidence_claim_cache_ttl', HOUR_IN_SECONDS );
	if ( '' !== $refusal ) {
		$next = array(
			'status' => 'error',
			'value'  => null,
			/* translators: %s: why the URL was refused. */
			'detail' => sprintf( __( 'not fetched: %s', 'evidence-claim' ), $refusal ),
			'until'  => $now + 5 * MINUTE_IN_SECONDS,
		);
	} else {
		$headers = array( 'Accept' => $accept );
		if ( null !== $entry && 'ok' === $entry['status'] ) {
			if ( ! empty( $entry['etag'] ) ) {
				$headers['If-None-Match'] = $entry['etag'];
			}
			if ( ! empty( $entry['modified'] ) ) {
				$headers['If-Modified-Since'] = $entry['modified'];
			}
		}
		// The connection goes to the address just checked, not to one a second DNS answer gives.
		$pin = function ( $handle, $args, $target ) use ( $url, $ip ) {
			$parts = wp_parse_url( $url );
			if ( $target === $url && '' !== $ip && defined( 'CURLOPT_RESOLVE' ) ) {
				$port = isset( $parts['port'] ) ? (int) $parts['port'] : ( 'https' === strtolower( $parts['scheme'] ) ? 443 : 80 );
				curl_setopt( $handle, CURLOPT_RESOLVE, array( $parts['host'] . ':' . $port . ':' . $ip ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.curl_curl_setopt -- on WordPress's own handle, through its own hook.
			}
		};
		add_action( 'http_api_curl', $pin, 10, 3 );
		++$fetches;
		$start    = microtime( true );
		$response = wp_safe_remote_get(
			$url,
			array(
				'timeout'             => 2,
				'redirection'         => 0,
				'headers'             => $headers,
				'limit_response_size' => EVIDENCE_CLAIM_MAX_BYTES + 1,
				'user-agent'          => 'evidence-claim-wordpress/' . EVIDENCE_CLAIM_VERSION,
			)
		);
		remove_action( 'http_api_curl', $pin, 10 );
		$spent += microtime( true ) - $start;
		$status = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
		$next   = evidence_claim_answer( $status, $response, $entry, $check );
		if ( 'ok' === $next['status'] || 'refused' === $next['status'] ) {
			$next['etag']     = (string) wp_remote_retrieve_header( $response, 'etag' );
			$next['modified'] = (string) wp_remote_retrieve_header( $response, 'last-modified' );
		}
		$next['until'] = $now + ( 'ok' === $next['status'] ? $ttl : ( 'error' === $next['status'] ? 5 : 10 ) * MINUTE_IN_SECONDS );
	}
	if ( 'error' === $next['status'] && null !== $entry && 'ok' === $entry['status'] ) {
		// The claims site is down: keep serving what we had, and try again in five minutes.
		$entry['until'] = $next['until'];
		$next           = $entry;
	}
	set_transient( $key, $next, max( DAY_IN_SECONDS, $ttl ) );
	$memo[ $url ] = $next;
	return $next;
}

/**
 * What one answer of the claims site means, checked.
 *
 * @param int            $status   HTTP status, 0 when there was none.
 * @param array|WP_Error $response The response.
 * @param array|null     $entry    The cache entry it revalidates.
 * @param callable       $check    See evidence_claim_fetch.
 * @return array{status: string, value: mixed, detail: string}
 */
function evidence_claim_answer( $status, $response, $entry, $check ) {
	if ( 304 === $status && null !== $entry && 'ok' === $entry['status'] ) {
		return $entry;
	}
	if ( 200 === $status ) {
		$body  = (string) wp_remote_retrieve_body( $response );
		$value = strlen( $body ) > EVIDENCE_CLAIM_MAX_BYTES ? null : call_user_func( $check, $body );
		return null === $value
			? array(
				'status' => 'refused',
				'value'  => null,
				'detail' => strlen( $body ) > EVIDENCE_CLAIM_MAX_BYTES
					/* translators: %d: a size in kilobytes. */
					? sprintf( __( 'refused: larger than %d KB', 'evidence-claim' ), EVIDENCE_CLAIM_MAX_BYTES / 1024 )
					: __( 'refused: it is not what the evidence-claim CLI writes for this claim', 'evidence-claim' ),
			)
			: array(
				'status' => 'ok',
				'value'  => $value,
				'detail' => '',
			);
	}
	if ( 404 === $status || 410 === $status ) {
		return array(
			'status' => 'missing',
			'value'  => null,
			/* translators: %d: an HTTP status code. */
			'detail' => sprintf( __( 'not found (HTTP %d)', 'evidence-claim' ), $status ),
		);
	}
	if ( $status >= 300 && $status < 400 ) {
		return array(
			'status' => 'redirect',
			'value'  => null,
			/* translators: %s: the address the claims site redirects to. */
			'detail' => sprintf( __( 'the claims site redirects to %s: give that address as the Claims URL', 'evidence-claim' ), (string) wp_remote_retrieve_header( $response, 'location' ) ),
		);
	}
	return array(
		'status' => 'error',
		'value'  => null,
		'detail' => is_wp_error( $response )
			? $response->get_error_message()
			/* translators: %d: an HTTP status code. */
			: sprintf( __( 'the claims site answered HTTP %d', 'evidence-claim' ), $status ),
	);
}

/**
 * The claim document for an ID: array( 'status', 'value' (the decoded document when `ok`),
 * 'detail', 'url' ). Only a JSON object of exactly this ID with a claim text is taken.
 *
 * @param string $id A clean claim ID.
 * @return array{status: string, value: array|null, detail: string, url: string}
 */
function evidence_claim_document( $id ) {
	$urls            = evidence_claim_urls( $id );
	$result          = evidence_claim_fetch(
		$urls['json'],
		'application/json',
		function ( $body ) use ( $id ) {
			$doc = json_decode( $body, true );
			return is_array( $doc ) && isset( $doc['id'], $doc['claim'] ) && $doc['id'] === $id && is_string( $doc['claim'] ) ? $body : null;
		}
	);
	$result['url']   = $urls['json'];
	$result['value'] = 'ok' === $result['status'] ? json_decode( $result['value'], true ) : null;
	return $result;
}

/**
 * The document's JSON as the claims site served it (checked), from the cache only: what the
 * site's own endpoint gives the script. Null when it is not cached.
 *
 * @param string $id A clean claim ID.
 * @return string|null
 */
function evidence_claim_cached_json( $id ) {
	$urls  = evidence_claim_urls( $id );
	$entry = get_transient( evidence_claim_cache_key( $urls['json'] ) );
	return is_array( $entry ) && isset( $entry['status'] ) && 'ok' === $entry['status'] && is_string( $entry['value'] ) ? $entry['value'] : null;
}

/** Forgets every cached answer (the keys carry a generation number). */
function evidence_claim_clear_cache() {
	update_option( 'evidence_claim_cache_gen', (int) get_option( 'evidence_claim_cache_gen', 0 ) + 1, false );
}

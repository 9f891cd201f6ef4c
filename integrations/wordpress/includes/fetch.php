<?php
/**
 * Server-side fetches from the claims site (the claim JSON for the plain fallback, the
 * prerendered fragment for the card at first paint), cached in transients.
 *
 * Caching: an answer is fresh for an hour (filter `evidence_claim_cache_ttl`); a missing file
 * (404) is remembered for ten minutes, so a site that does not publish fragments costs one
 * request per claim per ten minutes, not one per page view. A stale copy is kept for a day and
 * revalidated with If-None-Match / If-Modified-Since; when the claims site is down, the stale
 * copy is served and the next try waits five minutes. Saving the settings, or "Clear the cache"
 * on the settings page, starts afresh.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const EVIDENCE_CLAIM_MAX_BYTES = 1048576;

/**
 * The body of a claims-site file, or null when there is none (missing, too big, unreachable
 * and never fetched before).
 *
 * @param string $url Absolute http(s) URL.
 * @return string|null
 */
function evidence_claim_fetch( $url ) {
	static $memo = array();
	if ( '' === $url ) {
		return null;
	}
	if ( array_key_exists( $url, $memo ) ) {
		return $memo[ $url ];
	}
	$key   = 'evidence_claim_' . md5( $url . '|' . (int) get_option( 'evidence_claim_cache_gen', 0 ) );
	$entry = get_transient( $key );
	$now   = time();
	if ( is_array( $entry ) && isset( $entry['until'] ) && $entry['until'] > $now ) {
		$memo[ $url ] = $entry['body'];
		return $entry['body'];
	}

	$headers = array( 'Accept' => preg_match( '/\.html(?:$|[?#])/', $url ) ? 'text/html' : 'application/json' );
	if ( is_array( $entry ) && null !== $entry['body'] ) {
		if ( ! empty( $entry['etag'] ) ) {
			$headers['If-None-Match'] = $entry['etag'];
		}
		if ( ! empty( $entry['modified'] ) ) {
			$headers['If-Modified-Since'] = $entry['modified'];
		}
	}
	// wp_safe_remote_get refuses private addresses other than this site's own host: a claims
	// site on an intranet needs the `http_request_host_is_external` filter.
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => 3,
			'redirection'         => 2,
			'headers'             => $headers,
			'limit_response_size' => EVIDENCE_CLAIM_MAX_BYTES + 1,
			'user-agent'          => 'evidence-claim-wordpress/' . EVIDENCE_CLAIM_VERSION,
		)
	);
	$ttl    = (int) apply_filters( 'evidence_claim_cache_ttl', HOUR_IN_SECONDS );
	$status = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );

	if ( 304 === $status && is_array( $entry ) ) {
		$entry['until'] = $now + $ttl;
	} elseif ( 200 === $status ) {
		$body  = (string) wp_remote_retrieve_body( $response );
		$entry = array(
			'body'     => strlen( $body ) > EVIDENCE_CLAIM_MAX_BYTES ? null : $body,
			'etag'     => (string) wp_remote_retrieve_header( $response, 'etag' ),
			'modified' => (string) wp_remote_retrieve_header( $response, 'last-modified' ),
			'until'    => $now + $ttl,
		);
	} elseif ( 404 === $status || 410 === $status ) {
		$entry = array(
			'body'  => null,
			'until' => $now + 10 * MINUTE_IN_SECONDS,
		);
	} else {
		// Unreachable or a server error: keep what we had, try again in five minutes.
		$entry          = is_array( $entry ) ? $entry : array( 'body' => null );
		$entry['until'] = $now + 5 * MINUTE_IN_SECONDS;
	}
	set_transient( $key, $entry, max( DAY_IN_SECONDS, $ttl ) );
	$memo[ $url ] = $entry['body'];
	return $entry['body'];
}

/**
 * The claim document for an ID, decoded, when it is a JSON object of that ID; else null.
 * Only the few fields the plain fallback shows are read, each as text.
 *
 * @param string $id A clean claim ID.
 * @return array<string, mixed>|null
 */
function evidence_claim_document( $id ) {
	$urls = evidence_claim_urls( $id );
	$body = evidence_claim_fetch( $urls['json'] );
	if ( null === $body ) {
		return null;
	}
	$doc = json_decode( $body, true );
	if ( ! is_array( $doc ) || ! isset( $doc['id'] ) || $doc['id'] !== $id || ! isset( $doc['claim'] ) || ! is_string( $doc['claim'] ) ) {
		return null;
	}
	return $doc;
}

/** Forgets every cached answer (the keys carry a generation number). */
function evidence_claim_clear_cache() {
	update_option( 'evidence_claim_cache_gen', (int) get_option( 'evidence_claim_cache_gen', 0 ) + 1, false );
}

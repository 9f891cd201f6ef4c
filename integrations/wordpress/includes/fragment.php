<?php
/**
 * The prerendered card, `claims/<id>.html` on the claims site: one `<evidence-claim claim-id>`
 * element holding a `<template shadowrootmode="open">` with the card as the widget draws it
 * (what `evidence-claim build` writes). The plugin includes the card so it is complete at first
 * paint.
 *
 * It comes from another server, so it is taken only if it is exactly what the CLI's renderer
 * writes, and then printed from wp_kses's output, with nothing put back afterwards:
 * - only the shadow root's content is taken: the root element, its attributes and its light-DOM
 *   fallback are written by the plugin itself (from the claim's checked JSON);
 * - the card's first tag, its stylesheet link, is dropped: the plugin links its own copy of
 *   evidence-claim.css, so the card cannot load anything from anywhere else;
 * - every other tag and attribute must be one the card's templates can write
 *   (EVIDENCE_CLAIM_CARD_ALLOWLIST, generated from them), with their only values where the
 *   templates have fixed ones, and links only to absolute http(s) URLs. Anything else (a
 *   `<style>`, a `style` attribute, an event handler, a comment, a stray `<`) refuses the whole
 *   card: the plain fallback shows, and the script draws the card from the JSON;
 * - what passed is run through wp_kses with the same allowlist, and its `[` written as
 *   `&#091;` (WordPress turns `&#91;` back into `[` after its shortcode pass), so no shortcode
 *   in a claim's text can ever run.
 * The check is linear in the file's size (at most EVIDENCE_CLAIM_MAX_BYTES), and runs once per
 * fetch: the result is what is cached.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The card's colour schemes: the reader's (''), light, dark. One sanitized copy of each is cached. */
const EVIDENCE_CLAIM_SCHEMES = array( '', 'light', 'dark' );

/**
 * The prerendered card's shadow content for a claim, in a scheme, safe to print; or null when
 * the claims site offers none, or offers something that is not one prerendered card of this claim.
 *
 * @param string $id     A clean claim ID.
 * @param string $scheme '', 'light' or 'dark'.
 * @return array{status: string, value: string|null, detail: string}
 */
function evidence_claim_fragment( $id, $scheme ) {
	$urls = evidence_claim_urls( $id );
	if ( '' === $urls['html'] ) {
		return array(
			'status' => 'missing',
			'value'  => null,
			'detail' => '',
		);
	}
	$result          = evidence_claim_fetch(
		$urls['html'],
		'text/html',
		function ( $body ) use ( $id ) {
			$copies = array();
			foreach ( EVIDENCE_CLAIM_SCHEMES as $s ) {
				$copies[ $s ] = evidence_claim_sanitize_fragment( $body, $id, $s );
				if ( null === $copies[ $s ] ) {
					return null;
				}
			}
			return $copies;
		}
	);
	$result['value'] = 'ok' === $result['status'] && isset( $result['value'][ $scheme ] ) ? $result['value'][ $scheme ] : null;
	return $result;
}

/**
 * See the file comment. Public for the tests and for sites that store fragments themselves.
 *
 * @param string $html   The file as served.
 * @param string $id     The claim ID it must be for.
 * @param string $scheme The colour scheme to draw the card in: '', 'light' or 'dark'.
 * @return string|null The shadow root's content, safe to print inside the plugin's own template.
 */
function evidence_claim_sanitize_fragment( $html, $id, $scheme = '' ) {
	if ( ! is_string( $html ) || strlen( $html ) > EVIDENCE_CLAIM_MAX_BYTES || ! in_array( $scheme, EVIDENCE_CLAIM_SCHEMES, true ) ) {
		return null;
	}
	// The root as the CLI writes it, of this claim, then its declarative shadow root opening
	// with the stylesheet link; the card ends at the first </template> (it holds no template).
	if ( ! preg_match( '#\A\s*<evidence-claim claim-id="([A-Za-z0-9_-]{1,64})"[^<>]*>\s*<template shadowrootmode="open">\s*<link [^<>]*>#', $html, $m ) || $m[1] !== $id ) {
		return null;
	}
	$start = strlen( $m[0] );
	$end   = strpos( $html, '</template>', $start );
	if ( false === $end ) {
		return null;
	}
	// The card's root, whose class carries the scheme: written for the scheme asked for.
	$card = preg_replace( '#\A\s*<div class="root(?: (?:light|dark))? ?"#', '<div class="root ' . $scheme . '"', substr( $html, $start, $end - $start ), 1, $count );
	if ( 1 !== $count || ! evidence_claim_card_conforms( $card ) ) {
		return null;
	}
	$safe = wp_kses( $card, EVIDENCE_CLAIM_CARD_ALLOWLIST, array( 'http', 'https' ) );
	return str_replace( array( '[', ']' ), array( '&#091;', '&#093;' ), $safe );
}

/**
 * Whether every tag of a card is one the renderer writes: allowed element, allowed attributes
 * (each once), fixed values where the templates have them, http(s) links; no comment, no raw
 * `<` or `>` in text. One pass over the tokens.
 *
 * @param string $card The shadow root's content, stylesheet link removed.
 * @return bool
 */
function evidence_claim_card_conforms( $card ) {
	$allow  = EVIDENCE_CLAIM_CARD_ALLOWLIST;
	$tokens = preg_split( '/(<[^<>]*>)/', $card, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY );
	if ( false === $tokens ) {
		return false;
	}
	foreach ( $tokens as $token ) {
		if ( '<' !== $token[0] ) {
			if ( false !== strpbrk( $token, '<>' ) ) {
				return false;
			}
			continue;
		}
		if ( ! preg_match( '#\A<(/?)([a-z][a-z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:="[^"]*"|=[^\s"\'=<>`]+)?)*)\s*/?>\z#', $token, $tag ) ) {
			return false;
		}
		$name = strtolower( $tag[2] );
		if ( ! isset( $allow[ $name ] ) || ( '/' === $tag[1] && '' !== trim( $tag[3] ) ) ) {
			return false;
		}
		preg_match_all( '#\s+([a-zA-Z][a-zA-Z0-9-]*)(?:="([^"]*)"|=([^\s"\'=<>`]+))?#', $tag[3], $attrs, PREG_SET_ORDER );
		$seen = array();
		foreach ( $attrs as $attr ) {
			$key   = strtolower( $attr[1] );
			$value = html_entity_decode( isset( $attr[3] ) ? $attr[3] : ( isset( $attr[2] ) ? $attr[2] : '' ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			if ( isset( $seen[ $key ] ) || ! isset( $allow[ $name ][ $key ] ) ) {
				return false;
			}
			$seen[ $key ] = true;
			$rule         = $allow[ $name ][ $key ];
			if ( is_array( $rule ) && ! in_array( strtolower( $value ), $rule['values'], true ) ) {
				return false;
			}
			if ( 'href' === $key && ( ! preg_match( '#\Ahttps?://[^\s<>"]+\z#i', $value ) || wp_kses_bad_protocol( $value, array( 'http', 'https' ) ) !== $value ) ) {
				return false;
			}
		}
	}
	return true;
}

<?php
/**
 * The prerendered card, `claims/<id>.html` on the claims site: one `<evidence-claim claim-id>`
 * element holding a `<template shadowrootmode="open">` with the card as the widget draws it, and
 * a light-DOM text fallback. The plugin includes it so the card is complete at first paint.
 *
 * It comes from another server, so it is not printed as received:
 * - the root tag is dropped and written again by the plugin, with its own escaped attributes,
 *   and the file is refused unless its root is one element of exactly the requested claim ID;
 * - everything inside passes wp_kses with an allowlist of what the renderer emits (the card's
 *   elements, ARIA and `part` attributes, the SVG gauges, native disclosures and popovers):
 *   no script, no event-handler attribute, no iframe or form, only http(s) and mailto links;
 * - `<style>` blocks (raw text, which kses would mangle) are kept only if they contain no `<`,
 *   no `@import` and no `url()` other than `data:`, so a stylesheet cannot load anything;
 * - `[` is written as `&#91;`, so WordPress's shortcode pass cannot run a shortcode that a
 *   claim's text happens to contain;
 * - a relative stylesheet URL is resolved against the fragment's own URL, as it would be on the
 *   claims site (inside a WordPress page it would otherwise point into the blog).
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What may appear inside a prerendered card.
 *
 * @return array<string, array<string, bool>>
 */
function evidence_claim_fragment_allowlist() {
	$global = array(
		'class'            => true,
		'id'               => true,
		'part'             => true,
		'exportparts'      => true,
		'role'             => true,
		'lang'             => true,
		'dir'              => true,
		'hidden'           => true,
		'title'            => true,
		'slot'             => true,
		'tabindex'         => true,
		'popover'          => true,
		'aria-hidden'      => true,
		'aria-label'       => true,
		'aria-labelledby'  => true,
		'aria-describedby' => true,
		'aria-level'       => true,
		'aria-expanded'    => true,
		'aria-controls'    => true,
		'aria-live'        => true,
		'aria-atomic'      => true,
		'aria-current'     => true,
		'aria-valuenow'    => true,
		'aria-valuemin'    => true,
		'aria-valuemax'    => true,
		'aria-valuetext'   => true,
		'data-*'           => true,
	);
	$svg    = array(
		'class'               => true,
		'part'                => true,
		'role'                => true,
		'aria-hidden'         => true,
		'aria-label'          => true,
		'focusable'           => true,
		'viewbox'             => true,
		'preserveaspectratio' => true,
		'width'               => true,
		'height'              => true,
		'fill'                => true,
	);
	$plain  = array( 'div', 'section', 'article', 'header', 'footer', 'span', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'small', 'br', 'summary', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'sup', 'sub', 'abbr', 'cite', 'q', 'mark' );
	$tags   = array();
	foreach ( $plain as $tag ) {
		$tags[ $tag ] = $global;
	}
	$tags['template']   = array( 'shadowrootmode' => true, 'shadowrootdelegatesfocus' => true );
	$tags['a']          = $global + array( 'href' => true, 'rel' => true, 'target' => true, 'hreflang' => true );
	$tags['time']       = $global + array( 'datetime' => true );
	$tags['details']    = $global + array( 'open' => true, 'name' => true );
	$tags['blockquote'] = $global + array( 'cite' => true );
	$tags['slot']       = $global + array( 'name' => true );
	$tags['button']     = $global + array( 'type' => true, 'disabled' => true, 'popovertarget' => true, 'popovertargetaction' => true );
	$tags['meter']      = $global + array( 'value' => true, 'min' => true, 'max' => true, 'low' => true, 'high' => true, 'optimum' => true );
	$tags['link']       = array(
		'rel'         => array( 'values' => array( 'stylesheet' ) ),
		'href'        => true,
		'integrity'   => true,
		'crossorigin' => array( 'values' => array( 'anonymous' ) ),
	);
	$tags['svg']        = $svg;
	$tags['g']          = $svg;
	$tags['path']       = $svg + array( 'd' => true );
	$tags['rect']       = $svg + array( 'x' => true, 'y' => true, 'rx' => true, 'ry' => true );
	$tags['circle']     = $svg + array( 'cx' => true, 'cy' => true, 'r' => true );
	/**
	 * Filters what may appear inside a prerendered card. Loosen it only for markup your own
	 * renderer emits.
	 *
	 * @param array $tags wp_kses allowlist.
	 */
	return apply_filters( 'evidence_claim_fragment_allowlist', $tags );
}

/**
 * The inside of the prerendered element for a claim, made safe, or null when the claims site
 * offers none (or offers something that is not one prerendered card of this claim).
 *
 * @param string $id A clean claim ID.
 * @return string|null
 */
function evidence_claim_fragment( $id ) {
	$urls = evidence_claim_urls( $id );
	$body = evidence_claim_fetch( $urls['html'] );
	return null === $body ? null : evidence_claim_sanitize_fragment( $body, $id, $urls['html'] );
}

/**
 * See the file comment. Public for the tests and for sites that store fragments themselves.
 *
 * @param string $html The file as served.
 * @param string $id   The claim ID it must be for.
 * @param string $url  Where it was fetched from, for its relative URLs.
 * @return string|null The element's inner HTML, safe to print.
 */
function evidence_claim_sanitize_fragment( $html, $id, $url = '' ) {
	if ( ! preg_match( '#^\s*<evidence-claim(\s[^>]*)?>(.*)</evidence-claim>\s*$#is', $html, $m ) ) {
		return null;
	}
	$inner = $m[2];
	$attrs = wp_kses_hair( isset( $m[1] ) ? $m[1] : '', array( 'http', 'https' ) );
	if ( ! isset( $attrs['claim-id'] ) || $attrs['claim-id']['value'] !== $id ) {
		return null;
	}
	// One element: a second root, or a stray closing tag, is not our renderer's output.
	if ( preg_match( '#<evidence-claim[\s>]|</evidence-claim>#i', $inner ) ) {
		return null;
	}
	if ( ! preg_match( '#<template\s[^>]*shadowrootmode\s*=\s*["\']?open#i', $inner ) ) {
		return null;
	}

	$token  = 'evidenceclaimstyle' . wp_generate_password( 16, false ) . 'x';
	$styles = array();
	$inner  = preg_replace_callback(
		'#<style(\s[^>]*)?>(.*?)</style\s*>#is',
		function ( $s ) use ( &$styles, $token ) {
			$css = $s[2];
			$ok  = false === strpos( $css, '<' )
				&& ! preg_match( '/@import|expression\s*\(|javascript:|\\\\/i', $css )
				&& ! preg_match( '/url\(\s*(?![\'"]?data:)/i', $css );
			if ( ! $ok ) {
				return '';
			}
			$styles[] = '<style>' . $css . '</style>';
			return $token . ( count( $styles ) - 1 ) . 'z';
		},
		$inner
	);
	// Any <style> left unclosed would turn the rest into CSS text: refuse the file.
	if ( null === $inner || preg_match( '#<style#i', $inner ) ) {
		return null;
	}

	$safe = wp_kses( $inner, evidence_claim_fragment_allowlist(), array( 'http', 'https', 'mailto' ) );
	if ( '' !== $url ) {
		$safe = preg_replace_callback(
			'~(<link\b[^>]*?\shref=")([^"]*)(")~i',
			function ( $l ) use ( $url ) {
				$href = html_entity_decode( $l[2], ENT_QUOTES );
				if ( ! preg_match( '~^(?:[a-z][a-z0-9+.-]*:|//)~i', $href ) ) {
					$href = WP_Http::make_absolute_url( $href, $url );
				}
				return $l[1] . esc_url( $href, array( 'http', 'https' ) ) . $l[3];
			},
			$safe
		);
	}
	$safe = str_replace( '[', '&#91;', $safe );
	foreach ( $styles as $i => $style ) {
		$safe = str_replace( $token . $i . 'z', $style, $safe );
	}
	return $safe;
}

<?php
/**
 * The site's colour scheme, from its theme: the background WordPress knows (a block theme's
 * global styles, style variations such as Twenty Twenty-Three's "Pitch" included; a classic
 * theme's custom background). With the theme setting "auto", the card is drawn on the server
 * in the matching scheme, so a dark site shows a dark card at first paint and without
 * JavaScript. When the background is unknown, the card follows the reader's light or dark
 * setting, as the script does.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * 'dark' or 'light' after the site's background, or '' when it is not known.
 *
 * @return string
 */
function evidence_claim_site_scheme() {
	static $scheme = null;
	if ( null === $scheme ) {
		$color = evidence_claim_site_background();
		// Dark where white text would contrast more with the background than black text.
		$scheme = '' === $color ? '' : ( evidence_claim_luminance( $color ) < 0.179 ? 'dark' : 'light' );
		/**
		 * Filters the scheme a card with the theme "auto" is drawn in on the server.
		 *
		 * @param string $scheme 'dark', 'light', or '' (the reader's setting).
		 * @param string $color  The site's background as found ('' when unknown).
		 */
		$scheme = (string) apply_filters( 'evidence_claim_site_scheme', $scheme, $color );
	}
	return $scheme;
}

/**
 * The site's background as #rrggbb, or ''.
 *
 * @return string
 */
function evidence_claim_site_background() {
	$value = '';
	if ( function_exists( 'wp_get_global_styles' ) && ( wp_is_block_theme() || is_readable( get_stylesheet_directory() . '/theme.json' ) ) ) {
		$styles = wp_get_global_styles( array( 'color', 'background' ) );
		$value  = is_string( $styles ) ? $styles : '';
		// A preset: var:preset|color|base, or var(--wp--preset--color--base).
		if ( preg_match( '/^var(?::preset\|color\||\(--wp--preset--color--)([a-z0-9-]+)\)?$/i', $value, $m ) ) {
			$value   = '';
			$palette = wp_get_global_settings( array( 'color', 'palette' ) );
			foreach ( array( 'custom', 'theme', 'default' ) as $origin ) {
				foreach ( isset( $palette[ $origin ] ) && is_array( $palette[ $origin ] ) ? $palette[ $origin ] : array() as $entry ) {
					if ( '' === $value && isset( $entry['slug'], $entry['color'] ) && $entry['slug'] === $m[1] ) {
						$value = (string) $entry['color'];
					}
				}
			}
		}
	} elseif ( current_theme_supports( 'custom-background' ) ) {
		$value = '#' . get_background_color();
	}
	$value = strtolower( trim( $value ) );
	if ( preg_match( '/^#([0-9a-f])([0-9a-f])([0-9a-f])$/', $value, $m ) ) {
		$value = '#' . $m[1] . $m[1] . $m[2] . $m[2] . $m[3] . $m[3];
	}
	return preg_match( '/^#[0-9a-f]{6}$/', $value ) ? $value : '';
}

/**
 * Relative luminance of a #rrggbb colour (WCAG), 0 (black) to 1 (white).
 *
 * @param string $hex The colour.
 * @return float
 */
function evidence_claim_luminance( $hex ) {
	$channel = function ( $i ) use ( $hex ) {
		$c = hexdec( substr( $hex, 1 + 2 * $i, 2 ) ) / 255;
		return $c <= 0.03928 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
	};
	return 0.2126 * $channel( 0 ) + 0.7152 * $channel( 1 ) + 0.0722 * $channel( 2 );
}

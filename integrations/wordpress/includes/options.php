<?php
/**
 * The plugin's settings: one option array, its defaults, and the checks every value passes
 * (saved by the settings page, and again when a shortcode or block asks for a value).
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const EVIDENCE_CLAIM_OPTION = 'evidence_claim_options';

/** The element's variants and themes, as its attributes take them. */
const EVIDENCE_CLAIM_VARIANTS = array( 'card', 'compact', 'badge' );
const EVIDENCE_CLAIM_THEMES   = array( 'auto', 'light', 'dark' );

/**
 * What the theme "auto" means, said once: in the settings and in the block's sidebar.
 *
 * @return string
 */
function evidence_claim_auto_help() {
	return __( 'Auto matches the page the card sits on: a dark card on a dark theme, a light card on a light one.', 'evidence-claim' );
}

/**
 * Default settings. The claims URL points where `evidence-claim build <claims> <out>` output is
 * uploaded by the guide: an `evidence-claim/` folder at the site's root.
 *
 * @return array<string, string>
 */
function evidence_claim_default_options() {
	return array(
		'claims_url' => home_url( '/evidence-claim/claims/{id}.json' ),
		'variant'    => 'card',
		'theme'      => 'auto',
	);
}

/**
 * The settings as saved, each value checked, missing ones defaulted.
 *
 * @return array<string, string>
 */
function evidence_claim_options() {
	$saved = get_option( EVIDENCE_CLAIM_OPTION, array() );
	return evidence_claim_sanitize_options( is_array( $saved ) ? $saved : array() );
}

/**
 * Keeps only valid values: an absolute http(s) URL containing {id}, and known variant and theme.
 *
 * @param mixed $input Values from the settings form or the database.
 * @return array<string, string>
 */
function evidence_claim_sanitize_options( $input ) {
	$defaults = evidence_claim_default_options();
	$input    = is_array( $input ) ? $input : array();
	$out      = $defaults;

	$url = isset( $input['claims_url'] ) ? trim( (string) $input['claims_url'] ) : '';
	if ( '' !== $url ) {
		if ( evidence_claim_valid_template( $url ) ) {
			$out['claims_url'] = $url;
		} elseif ( function_exists( 'add_settings_error' ) && did_action( 'admin_init' ) ) {
			add_settings_error(
				EVIDENCE_CLAIM_OPTION,
				'claims_url',
				__( 'The Claims URL must be an absolute http(s) URL that contains {id} once, and no spaces, quotes or other characters a URL cannot hold, such as https://example.org/evidence-claim/claims/{id}.json. The previous value was kept.', 'evidence-claim' )
			);
			$previous          = get_option( EVIDENCE_CLAIM_OPTION, array() );
			$out['claims_url'] = ( is_array( $previous ) && isset( $previous['claims_url'] ) && evidence_claim_valid_template( $previous['claims_url'] ) ) ? $previous['claims_url'] : $defaults['claims_url'];
		}
	}
	if ( isset( $input['variant'] ) && in_array( $input['variant'], EVIDENCE_CLAIM_VARIANTS, true ) ) {
		$out['variant'] = $input['variant'];
	}
	if ( isset( $input['theme'] ) && in_array( $input['theme'], EVIDENCE_CLAIM_THEMES, true ) ) {
		$out['theme'] = $input['theme'];
	}
	return $out;
}

/**
 * True for an absolute http(s) URL template with {id} in it, that esc_url_raw leaves as it is
 * (with {id} standing for an ID): nothing in it is changed to be stored.
 *
 * @param string $url The template.
 * @return bool
 */
function evidence_claim_valid_template( $url ) {
	if ( ! is_string( $url ) || 1 !== substr_count( $url, '{id}' ) ) {
		return false;
	}
	$probe = str_replace( '{id}', 'x', $url );
	return (bool) preg_match( '~^https?://[^/?#\s]+~i', $probe )
		&& false !== filter_var( $probe, FILTER_VALIDATE_URL )
		&& esc_url_raw( $probe, array( 'http', 'https' ) ) === $probe;
}

/**
 * A claim ID as the claim format allows it, or ''.
 *
 * @param mixed $id The ID given by an editor.
 * @return string
 */
function evidence_claim_clean_id( $id ) {
	$id = trim( (string) $id );
	return preg_match( EVIDENCE_CLAIM_ID_PATTERN, $id ) ? $id : '';
}

/**
 * The claim's JSON URL and its prerendered fragment's URL (the same path ending in .html).
 *
 * @param string $id A clean claim ID.
 * @return array{json: string, html: string}
 */
function evidence_claim_urls( $id ) {
	$options = evidence_claim_options();
	$json    = str_replace( '{id}', rawurlencode( $id ), $options['claims_url'] );
	$html    = preg_replace( '/\.json(?=$|[?#])/', '.html', $json, 1 );
	return array(
		'json' => $json,
		'html' => ( $html !== $json ) ? $html : '',
	);
}

<?php
/**
 * Settings, Evidence Claim (options-general.php?page=evidence-claim): the Claims URL, the
 * default variant and theme. Saved through the Settings API (options.php checks the nonce and
 * the manage_options capability), every value checked by evidence_claim_sanitize_options.
 *
 * @package EvidenceClaim
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the option and its fields. */
function evidence_claim_settings_init() {
	register_setting(
		'evidence_claim',
		EVIDENCE_CLAIM_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'evidence_claim_sanitize_options',
			'default'           => evidence_claim_default_options(),
		)
	);
	add_settings_section( 'evidence_claim_main', '', '__return_false', 'evidence-claim' );
	add_settings_field( 'claims_url', __( 'Claims URL', 'evidence-claim' ), 'evidence_claim_field_claims_url', 'evidence-claim', 'evidence_claim_main', array( 'label_for' => 'evidence-claim-claims-url' ) );
	add_settings_field( 'variant', __( 'Default variant', 'evidence-claim' ), 'evidence_claim_field_variant', 'evidence-claim', 'evidence_claim_main', array( 'label_for' => 'evidence-claim-variant' ) );
	add_settings_field( 'theme', __( 'Default theme', 'evidence-claim' ), 'evidence_claim_field_theme', 'evidence-claim', 'evidence_claim_main', array( 'label_for' => 'evidence-claim-theme' ) );
}
add_action( 'admin_init', 'evidence_claim_settings_init' );

/** New settings may point at other claims: forget what was fetched. */
add_action( 'update_option_' . EVIDENCE_CLAIM_OPTION, 'evidence_claim_clear_cache' );

/** Adds the page under Settings. */
function evidence_claim_settings_menu() {
	add_options_page( __( 'Evidence Claim', 'evidence-claim' ), __( 'Evidence Claim', 'evidence-claim' ), 'manage_options', 'evidence-claim', 'evidence_claim_settings_page' );
}
add_action( 'admin_menu', 'evidence_claim_settings_menu' );

/** The Claims URL field. */
function evidence_claim_field_claims_url() {
	$options = evidence_claim_options();
	printf(
		'<input type="url" class="large-text code" id="evidence-claim-claims-url" name="%1$s[claims_url]" value="%2$s" aria-describedby="evidence-claim-claims-url-help" required />',
		esc_attr( EVIDENCE_CLAIM_OPTION ),
		esc_attr( $options['claims_url'] )
	);
	echo '<p class="description" id="evidence-claim-claims-url-help">';
	echo esc_html__( 'Where your claim documents are, with {id} standing for the claim ID: the claims/ folder that "evidence-claim build" writes. A prerendered claims/<id>.html beside each document, when your claims site has one, is included in the page so the card shows at once.', 'evidence-claim' );
	echo '</p>';
}

/**
 * A select of known values.
 *
 * @param string   $key    Option key.
 * @param string[] $values Allowed values.
 * @param string[] $labels Their labels.
 */
function evidence_claim_select( $key, $values, $labels ) {
	$options = evidence_claim_options();
	printf( '<select id="evidence-claim-%1$s" name="%2$s[%1$s]">', esc_attr( $key ), esc_attr( EVIDENCE_CLAIM_OPTION ) );
	foreach ( $values as $i => $value ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $options[ $key ], $value, false ), esc_html( $labels[ $i ] ) );
	}
	echo '</select>';
}

/** The default variant field. */
function evidence_claim_field_variant() {
	evidence_claim_select( 'variant', EVIDENCE_CLAIM_VARIANTS, array( __( 'Card: the whole evidence', 'evidence-claim' ), __( 'Compact: verdict first, details on request', 'evidence-claim' ), __( 'Badge: a small pill that opens the card', 'evidence-claim' ) ) );
}

/** The default theme field. */
function evidence_claim_field_theme() {
	evidence_claim_select( 'theme', EVIDENCE_CLAIM_THEMES, array( __( 'Auto', 'evidence-claim' ), __( 'Light', 'evidence-claim' ), __( 'Dark', 'evidence-claim' ) ) );
	echo '<p class="description">' . esc_html( evidence_claim_auto_help() ) . '</p>';
}

/** The settings page. */
function evidence_claim_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	if ( isset( $_GET['evidence-claim-cleared'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a notice only.
		echo '<div class="notice notice-success"><p>' . esc_html__( 'The cache of claims is cleared.', 'evidence-claim' ) . '</p></div>';
	}
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'evidence_claim' );
	do_settings_sections( 'evidence-claim' );
	submit_button();
	echo '</form>';

	echo '<h2>' . esc_html__( 'Usage', 'evidence-claim' ) . '</h2>';
	echo '<p>' . esc_html__( 'In the block editor, add the "Evidence claim" block and give its claim ID. Anywhere else, including the classic editor, use the shortcode, best on a line of its own:', 'evidence-claim' ) . '</p>';
	echo '<p><code>[evidence_claim id="sample-vitamin-d"]</code></p>';
	echo '<p><code>[evidence_claim id="sample-vitamin-d" variant="compact" theme="dark" heading_level="2"]</code></p>';

	echo '<h2>' . esc_html__( 'Cache', 'evidence-claim' ) . '</h2>';
	echo '<p>' . esc_html__( 'Claims and prerendered cards fetched from the claims site are kept for an hour. Clear the cache after you publish a changed claim to show it at once.', 'evidence-claim' ) . '</p>';
	echo '<form action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" method="post">';
	echo '<input type="hidden" name="action" value="evidence_claim_clear_cache" />';
	wp_nonce_field( 'evidence_claim_clear_cache' );
	submit_button( __( 'Clear the cache', 'evidence-claim' ), 'secondary', 'submit', false );
	echo '</form></div>';
}

/** The "Clear the cache" button: administrators only, with a nonce. */
function evidence_claim_handle_clear_cache() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'evidence-claim' ), 403 );
	}
	check_admin_referer( 'evidence_claim_clear_cache' );
	evidence_claim_clear_cache();
	wp_safe_redirect(
		add_query_arg(
			array(
				'page'                   => 'evidence-claim',
				'evidence-claim-cleared' => '1',
			),
			admin_url( 'options-general.php' )
		)
	);
	exit;
}
add_action( 'admin_post_evidence_claim_clear_cache', 'evidence_claim_handle_clear_cache' );

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function evidence_claim_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=evidence-claim' ) ) . '">' . esc_html__( 'Settings', 'evidence-claim' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( EVIDENCE_CLAIM_FILE ), 'evidence_claim_action_links' );

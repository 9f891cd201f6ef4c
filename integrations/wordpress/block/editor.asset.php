<?php
/**
 * The editor script's dependencies (what a JS build would generate; this script needs no build).
 *
 * @package EvidenceClaim
 */

// phpcs:disable WordPress.Files.FileName -- block.json names it: <script>.asset.php.

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '{{VERSION}}',
);

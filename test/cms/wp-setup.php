<?php
/**
 * Installs WordPress for the CMS tests with its own installer, and adds the users of a news
 * site: an administrator, an author and a contributor. Prints their logins as JSON.
 * Run by servers.mjs with WORDPRESS_CONFIG and HTTP_HOST set, as Debian's wp-config.php needs.
 */
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// No mail server here: the installer's welcome mail is not sent.
add_filter( 'pre_wp_mail', '__return_true' );

$result = wp_install( 'Evidence Claim test site', 'admin', 'admin@example.org', true, '', 'admin-pass-1' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
switch_theme( 'twentytwentythree' );
update_option( 'permalink_structure', '' );
$users = array( 'admin' => 'admin-pass-1' );
foreach ( array( 'author', 'contributor' ) as $role ) {
	$id = wp_insert_user(
		array(
			'user_login' => $role . '1',
			'user_pass'  => $role . '-pass-1',
			'user_email' => $role . '@example.org',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$users[ $role . '1' ] = $role . '-pass-1';
}
echo "\n" . wp_json_encode( $users ) . "\n";

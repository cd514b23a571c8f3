CREATE TABLE `staff_posts` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` text NOT NULL,
	`posted_at` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_posts_due` ON `staff_posts` (`status`,`next_attempt_at`);--> statement-breakpoint
-- Applications filed before the outbox: those never posted (a crash or a refused post) go out now.
INSERT INTO `staff_posts` (`application_id`, `status`, `created_at`, `posted_at`)
SELECT `id`, CASE WHEN `staff_message_id` IS NULL THEN 'pending' ELSE 'posted' END, `created_at`,
  CASE WHEN `staff_message_id` IS NULL THEN NULL ELSE `updated_at` END
FROM `applications`;

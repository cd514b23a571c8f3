CREATE TABLE `sessions` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `unanswered` (
	`query` text PRIMARY KEY NOT NULL,
	`example` text NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	`first_seen` text NOT NULL,
	`last_seen` text NOT NULL,
	`language` text
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`first_name` text DEFAULT '' NOT NULL,
	`username` text,
	`telegram_language` text,
	`language` text,
	`first_seen` text NOT NULL,
	`last_seen` text NOT NULL
);

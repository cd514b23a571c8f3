CREATE TABLE `broadcasts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content` text NOT NULL,
	`audience` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`finished_at` text,
	`progress_chat_id` integer,
	`progress_message_id` integer
);
--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`broadcast_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`language` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT 0 NOT NULL,
	`lease_until` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`sent_at` text,
	FOREIGN KEY (`broadcast_id`) REFERENCES `broadcasts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_once` ON `deliveries` (`broadcast_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `deliveries_due` ON `deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `search_days` (
	`day` text PRIMARY KEY NOT NULL,
	`searches` integer DEFAULT 0 NOT NULL,
	`misses` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff_roles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`granted_by` integer NOT NULL,
	`granted_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`user_id` integer NOT NULL,
	`topic` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `topic`)
);
--> statement-breakpoint
CREATE INDEX `subscriptions_topic` ON `subscriptions` (`topic`);--> statement-breakpoint
ALTER TABLE `users` ADD `news_off` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `blocked_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `started_at` text;
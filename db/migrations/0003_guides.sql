CREATE TABLE `application_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`status` text NOT NULL,
	`by_user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text,
	`submission_key` text NOT NULL,
	`user_id` integer NOT NULL,
	`chat_id` integer NOT NULL,
	`language` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`company` text,
	`contact` text NOT NULL,
	`contact_kind` text NOT NULL,
	`description` text NOT NULL,
	`zone_slug` text,
	`profile` text,
	`status` text DEFAULT 'new' NOT NULL,
	`staff_message_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_ref_unique` ON `applications` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `applications_submission_key_unique` ON `applications` (`submission_key`);--> statement-breakpoint
CREATE INDEX `applications_user` ON `applications` (`user_id`);--> statement-breakpoint
CREATE TABLE `conversation_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `guide_answers` (
	`user_id` integer NOT NULL,
	`guide` text NOT NULL,
	`answers` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `guide`)
);

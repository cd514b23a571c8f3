CREATE TABLE `aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_slug` text NOT NULL,
	`text` text NOT NULL,
	`lang` text NOT NULL,
	`script` text NOT NULL,
	`kind` text NOT NULL,
	FOREIGN KEY (`entity_slug`) REFERENCES `entities`(`slug`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `aliases_key` ON `aliases` (`entity_slug`,`kind`,`lang`,`text`);--> statement-breakpoint
CREATE TABLE `companies` (
	`slug` text PRIMARY KEY NOT NULL,
	`zone_slug` text,
	`district_slug` text NOT NULL,
	`sector` text NOT NULL,
	`country` text,
	`status` text,
	FOREIGN KEY (`slug`) REFERENCES `entities`(`slug`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`zone_slug`) REFERENCES `zones`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_slug`) REFERENCES `districts`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `districts` (
	`slug` text PRIMARY KEY NOT NULL,
	`district_kind` text NOT NULL,
	`parent_slug` text,
	FOREIGN KEY (`slug`) REFERENCES `entities`(`slug`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `entities` (
	`slug` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name_ru` text NOT NULL,
	`name_kk` text NOT NULL,
	`name_en` text NOT NULL,
	`source_id` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entities_kind` ON `entities` (`kind`);--> statement-breakpoint
CREATE TABLE `facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_slug` text NOT NULL,
	`metric` text NOT NULL,
	`scope` text DEFAULT '' NOT NULL,
	`value_num` real,
	`value_text` text,
	`unit` text NOT NULL,
	`currency` text,
	`qualifier` text DEFAULT 'exact' NOT NULL,
	`as_of` text NOT NULL,
	`note_ru` text,
	`note_kk` text,
	`note_en` text,
	`source_id` text NOT NULL,
	FOREIGN KEY (`entity_slug`) REFERENCES `entities`(`slug`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `facts_key` ON `facts` (`entity_slug`,`metric`,`scope`,`as_of`,`source_id`);--> statement-breakpoint
CREATE INDEX `facts_entity` ON `facts` (`entity_slug`,`metric`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`language` text NOT NULL,
	`url` text,
	`seed_file` text
);
--> statement-breakpoint
CREATE TABLE `zones` (
	`slug` text PRIMARY KEY NOT NULL,
	`zone_kind` text NOT NULL,
	`district_slug` text NOT NULL,
	FOREIGN KEY (`slug`) REFERENCES `entities`(`slug`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`district_slug`) REFERENCES `districts`(`slug`) ON UPDATE no action ON DELETE no action
);

ALTER TABLE "instructor_certifications" ADD COLUMN "issuer" text;--> statement-breakpoint
ALTER TABLE "instructor_certifications" ADD COLUMN "number" text;
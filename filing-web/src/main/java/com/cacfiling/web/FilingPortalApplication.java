package com.cacfiling.web;

import com.cacfiling.web.operations.PortalCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FilingPortalApplication {

    public static void main(String[] args) {
        // backup, restore, rotate-personal-data-key: operations commands instead of the web application.
        if (PortalCommands.handles(args)) {
            System.exit(PortalCommands.run(args));
        }
        SpringApplication.run(FilingPortalApplication.class, args);
    }
}

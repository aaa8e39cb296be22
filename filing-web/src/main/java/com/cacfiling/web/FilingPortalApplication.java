package com.cacfiling.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FilingPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(FilingPortalApplication.class, args);
    }
}
